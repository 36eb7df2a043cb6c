using Jobpocalypse.Web.Reference;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.BrowserTests.Infrastructure;

/// <summary>
/// One site and one headless Chromium shared by every journey; each journey gets its own browser context (fresh
/// cookies, its own viewport). Nothing starts when the journeys are skipped for want of Chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Without the networking flags Chromium keeps trying to reach Google's services, which this closed network refuses.
    // With no renderer limit, each journey's context started a second renderer process that lived a tenth of a second
    // (57 renderers for 30 contexts, about 0.13 core-s each); the journeys run one at a time, so one per context is
    // enough, and a context still never shares its renderer with another.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--renderer-process-limit=1",
    ];

    private KestrelSiteFactory? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public KestrelSiteFactory Site => _site ?? throw NotStarted();
    public IBrowser Browser => _browser ?? throw NotStarted();
    public ReferenceSnapshot Snapshot => Site.Services.GetRequiredService<ReferenceStore>().Current;

    public async Task InitializeAsync()
    {
        if (BrowserEnvironment.ChromiumMissing is { } missing)
        {
            // Skipped journeys never reach this fixture's members; a required run fails here, with the reason.
            if (BrowserEnvironment.Required) throw new InvalidOperationException($"{BrowserEnvironment.RequireVariable}=1 but {missing}");
            return;
        }

        _site = new KestrelSiteFactory();
        _site.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 30_000,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_site is not null) await _site.DisposeAsync();
    }

    private static InvalidOperationException NotStarted() =>
        new("The browser fixture did not start: " + (BrowserEnvironment.ChromiumMissing ?? "unknown reason"));
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
