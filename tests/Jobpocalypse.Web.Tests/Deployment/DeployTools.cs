using System.Diagnostics;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// The deployment tools the compose tests need (docker-compose, Debian's package; no Docker engine is ever used).
/// Where one is missing those tests are skipped with the install step, unless JOBPOCALYPSE_REQUIRE_DEPLOY_TOOLS=1
/// (CI) makes them run and fail on it.
/// </summary>
public static class DeployTools
{
    public const string RequireVariable = "JOBPOCALYPSE_REQUIRE_DEPLOY_TOOLS";

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>docker-compose on the PATH, or null.</summary>
    public static string? DockerCompose { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "docker-compose"))
        .FirstOrDefault(File.Exists);

    public static string MissingMessage =>
        "docker-compose is not installed: `apt-get install -y docker-compose` (Debian's package; no Docker engine is needed).";

    public static string? SkipReason => Required || DockerCompose is not null
        ? null
        : $"{MissingMessage} Set {RequireVariable}=1 to make this a failure instead of a skip.";

    /// <summary>Runs docker-compose on the repository's compose file with .env.example as its settings.</summary>
    public static Task<ToolResult> ComposeAsync(params string[] args)
    {
        Assert.True(DockerCompose is not null, MissingMessage);
        return ToolResult.RunAsync(DockerCompose, ["-f", RepositoryPaths.ComposeFile, "--env-file", RepositoryPaths.EnvExample, .. args],
            RepositoryPaths.Root, TimeSpan.FromMinutes(1), ComposeVariables());
    }

    /// <summary>The variables .env.example sets: removed from docker-compose's environment, so the file decides.</summary>
    private static IEnumerable<string> ComposeVariables() => File.ReadAllLines(RepositoryPaths.EnvExample)
        .Where(l => l.Contains('=') && !l.TrimStart().StartsWith('#'))
        .Select(l => l[..l.IndexOf('=')].Trim());
}

/// <summary>A fact that needs docker-compose: skipped with the install step where it is missing, unless required.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DeployToolFactAttribute : FactAttribute
{
    public override string? Skip
    {
        get => base.Skip ?? DeployTools.SkipReason;
        set => base.Skip = value;
    }
}

/// <summary>One run of an external program to its end, bounded in time, with its output.</summary>
public sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public static async Task<ToolResult> RunAsync(string fileName, IEnumerable<string> args, string workingDirectory, TimeSpan timeout,
        IEnumerable<string>? removeVariables = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in removeVariables ?? []) start.Environment.Remove(name);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds} s");
        }
        return new ToolResult(process.ExitCode, await output, await error);
    }
}
