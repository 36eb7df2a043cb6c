using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// The web app's own dll (copied beside the tests by the project reference) run as a real child process, the way
/// the container runs it: its output is kept line by line, and the test can send it SIGTERM, SIGHUP or SIGKILL.
/// Always used with <c>await using</c>: disposing kills the process if it is still running, so a failing test
/// leaves no child behind.
/// </summary>
public sealed partial class WebAppProcess : IAsyncDisposable
{
    public static string TestBinDll { get; } = Path.Combine(AppContext.BaseDirectory, "Jobpocalypse.Web.dll");

    /// <summary>The command line's dll (build-dataset, backup-app-db …), copied beside the tests by its project reference.</summary>
    public static string CliDll { get; } = Path.Combine(AppContext.BaseDirectory, "Jobpocalypse.Cli.dll");

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private WebAppProcess(Process process) => _process = process;

    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;
    public string Output => string.Join('\n', _lines);
    public IReadOnlyList<string> Lines => _lines.ToArray();

    /// <summary>
    /// Starts <c>dotnet &lt;dll&gt; args</c> in <paramref name="workingDirectory"/> (the content root) with the given
    /// environment on top of this process's, less any setting inherited from it that would configure the site.
    /// </summary>
    public static WebAppProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment,
        string workingDirectory, string? dll = null)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll ?? TestBinDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var key in start.Environment.Keys.Where(IsSiteSetting).ToList()) start.Environment.Remove(key);
        // A child here lives for seconds, where the runtime's tuning for a long-lived server never pays back; behaviour is
        // the same without it. No profile-guided recompilation (a start-up takes about a tenth less CPU), no
        // recompiling of hot methods in the background (the code a child runs is mostly precompiled already), and
        // workstation GC rather than a heap per core. Together about a tenth less CPU for the deployment tests.
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_TC_CallCounting"] = "0";
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var process = new Process { StartInfo = start };
        var child = new WebAppProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) child._lines.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) child._lines.Enqueue(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs a process to its end, bounded in time: by default a command of the Cli (build-dataset, backup-app-db …).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment,
        string workingDirectory, TimeSpan timeout, string? dll = null)
    {
        await using var child = Start(args, environment, workingDirectory, dll ?? CliDll);
        var code = await child.WaitForExitAsync(timeout);
        return (code, child.Output);
    }

    /// <summary>Waits for the "Now listening on" line (text or JSON console) and returns the address.</summary>
    public async Task<Uri> WaitUntilListeningAsync(TimeSpan timeout)
    {
        var line = await WaitForLineAsync(l => ListeningLine().IsMatch(l), timeout);
        return new Uri(ListeningLine().Match(line).Groups["url"].Value);
    }

    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_lines.FirstOrDefault(match) is { } line) return line;
            if (HasExited)
            {
                await _process.WaitForExitAsync(); // drains the output
                if (_lines.FirstOrDefault(match) is { } last) return last;
                throw new InvalidOperationException($"The process exited ({ExitCode}) before the awaited line:\n{Output}");
            }
            if (deadline.Elapsed > timeout)
                throw new TimeoutException($"No awaited line after {timeout.TotalSeconds} s:\n{Output}");
            await Task.Delay(20);
        }
    }

    /// <summary>Waits for the exit and for the end of its output (every line read); returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException(HasExited
                ? $"The process exited but its output did not end within {timeout.TotalSeconds} s (another process holds the pipe?):\n{Output}"
                : $"The process did not exit within {timeout.TotalSeconds} s:\n{Output}");
        }
        return _process.ExitCode;
    }

    /// <summary>Waits for the exit alone (HasExited reaps the child itself), not for the output to be read to its end.</summary>
    public async Task WaitUntilExitedAsync(TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (!HasExited)
        {
            if (waited.Elapsed > timeout) throw new TimeoutException($"The process is still running after {timeout.TotalSeconds} s:\n{Output}");
            await Task.Delay(10);
        }
    }

    public void SendSigterm() => Signal(15);
    public void SendSighup() => Signal(1);

    /// <summary>SIGKILL: no handler runs, nothing is flushed — a power cut as far as the process can tell.</summary>
    public async Task KillHardAsync()
    {
        Signal(9);
        await WaitUntilExitedAsync(TimeSpan.FromSeconds(30));
    }

    private void Signal(int signal)
    {
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("POSIX signals");
        if (Kill(_process.Id, signal) != 0)
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // never started, or already gone
        }
        _process.Dispose();
    }

    /// <summary>Settings inherited from the test run that would configure the child: it gets only what the test gives it.</summary>
    private static bool IsSiteSetting(string key) =>
        key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || key.Equals("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
        || key.Contains("__", StringComparison.Ordinal) || key.Equals("AppData", StringComparison.OrdinalIgnoreCase);

    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>Text console: <c>Now listening on: http://…</c>; JSON console: the same with the address quoted.</summary>
    [GeneratedRegex(@"Now listening on: (?:\\?"")?(?<url>http://[^\s""\\]+)")]
    private static partial Regex ListeningLine();
}
