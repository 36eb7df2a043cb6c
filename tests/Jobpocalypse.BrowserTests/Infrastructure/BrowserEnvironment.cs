namespace Jobpocalypse.BrowserTests.Infrastructure;

/// <summary>
/// What the journeys need from the machine (Debian's Chromium headless shell, and axe-core from npm for the
/// accessibility checks), looked up from the environment. Where something is missing the journeys are skipped with the
/// install step, unless JOBPOCALYPSE_REQUIRE_BROWSER=1 (CI) makes them run and fail on it.
/// </summary>
public static class BrowserEnvironment
{
    public const string ChromiumPathVariable = "CHROMIUM_PATH";
    public const string RequireVariable = "JOBPOCALYPSE_REQUIRE_BROWSER";
    // Debian's chromium-headless-shell: the same engine as the chromium package without the desktop browser around it,
    // and what Playwright itself runs for headless journeys. It costs about half the CPU of `chromium --headless`.
    private const string DebianHeadlessShell = "/usr/bin/chromium-headless-shell";
    private const string InstallStep = "apt-get install -y chromium-headless-shell";
    private const string ProjectFile = "Jobpocalypse.BrowserTests.csproj";

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>CHROMIUM_PATH when set, else Debian's package location; the file may not exist (see <see cref="ChromiumMissing"/>).</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumPathVariable) is { Length: > 0 } configured ? configured : DebianHeadlessShell;

    public static string? ChromiumMissing => File.Exists(ChromiumPath)
        ? null
        : Environment.GetEnvironmentVariable(ChromiumPathVariable) is { Length: > 0 }
            ? $"{ChromiumPathVariable} names {ChromiumPath}, which does not exist. Point it at a Chromium or Chrome executable, or unset it and run `{InstallStep}`."
            : $"Chromium is not installed at {DebianHeadlessShell}. Install it with `{InstallStep}`, or set {ChromiumPathVariable} to a Chromium or Chrome executable.";

    /// <summary>The folder holding this project's package.json, found by walking up from the test binaries.</summary>
    public static string ProjectDirectory { get; } = FindProjectDirectory();

    public static string AxeScriptPath => Path.Combine(ProjectDirectory, "node_modules", "axe-core", "axe.min.js");

    public static string? AxeMissing => File.Exists(AxeScriptPath)
        ? null
        : $"axe-core is not installed at {AxeScriptPath}: run `npm ci` in tests/Jobpocalypse.BrowserTests (it installs the version pinned in package-lock.json).";

    /// <summary>Why a journey cannot run here, or null when it can (or must, because the run requires browsers).</summary>
    public static string? SkipReason(bool needsAxe)
    {
        if (Required) return null;
        var missing = ChromiumMissing ?? (needsAxe ? AxeMissing : null);
        return missing is null ? null : $"{missing} Set {RequireVariable}=1 to make this a failure instead of a skip.";
    }

    private static string FindProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, ProjectFile))) return dir.FullName;
        }
        // Binaries copied away from the source tree: look beside them.
        return AppContext.BaseDirectory;
    }
}
