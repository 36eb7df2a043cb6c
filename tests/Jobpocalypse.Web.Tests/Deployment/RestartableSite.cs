using Jobpocalypse.Dataset.Tests;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// A site process on its own app-data folder that tests share: each test asks for it running, and one a test killed is
/// started again on the same folder, so a test never depends on which test ran before it, and a test that leaves the
/// site running saves the next one a start-up (a few core-seconds each).
/// </summary>
public sealed class RestartableSite : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly TempFolder _appData = new();
    private WebAppProcess? _process;
    private Uri? _address;

    public string AppData => _appData.Path;
    public WebAppProcess Process => _process ?? throw NotStarted();
    public Uri Address => _address ?? throw NotStarted();

    /// <summary>Starts the site with the environment for its folder, unless it is running; returns once it listens.</summary>
    public async Task EnsureRunningAsync(Func<string, IReadOnlyDictionary<string, string>> environment)
    {
        if (_process is { HasExited: false }) return;
        if (_process is not null) await _process.DisposeAsync();
        _process = WebAppProcess.Start([], environment(AppData), AppData);
        _address = await _process.WaitUntilListeningAsync(StartTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null) await _process.DisposeAsync();
        _appData.Dispose();
    }

    private static InvalidOperationException NotStarted() => new("Call EnsureRunningAsync first.");
}
