using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.Tests.Infrastructure;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// Two site processes, A and B, each with its own app-data folder and port, on one PostgreSQL database and one fake
/// Stripe: the pair <see cref="MultiInstanceTests"/> share. Each test asks for the pair running; one that a test killed
/// is started again, on the same folder and database, so a test never depends on which ran before it.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly TempFolder _appDataA = new();
    private readonly TempFolder _appDataB = new();
    private WebAppProcess? _a, _b;
    private Uri? _addressA, _addressB;

    private string? _database;

    // Created with the first start: xunit builds a class fixture even when PostgreSQL is missing and the tests are skipped.
    public string Database => _database ?? throw NotStarted();
    public FakeStripeServer Stripe { get; private set; } = null!;
    public WebAppProcess A => _a ?? throw NotStarted();
    public WebAppProcess B => _b ?? throw NotStarted();
    public Uri AddressA => _addressA ?? throw NotStarted();
    public Uri AddressB => _addressB ?? throw NotStarted();

    public async Task InitializeAsync() => Stripe = await FakeStripeServer.StartAsync();

    /// <summary>
    /// Starts whichever of A and B is not running; when both start, they start together and both migrate at start-up,
    /// under the advisory lock.
    /// </summary>
    public async Task EnsureRunningAsync(PrebuiltReference reference)
    {
        _database ??= PostgresCluster.CreateDatabase();
        var starting = new List<Task>();
        if (_a is null || _a.HasExited)
        {
            if (_a is not null) await _a.DisposeAsync();
            _a = Start(reference, _appDataA);
            starting.Add(Listen(_a, address => _addressA = address));
        }
        if (_b is null || _b.HasExited)
        {
            if (_b is not null) await _b.DisposeAsync();
            _b = Start(reference, _appDataB);
            starting.Add(Listen(_b, address => _addressB = address));
        }
        await Task.WhenAll(starting);
    }

    private WebAppProcess Start(PrebuiltReference reference, TempFolder appData)
    {
        var environment = reference.SiteEnvironment(appData.Path).WithStripe(Stripe);
        environment["AppDatabase__Provider"] = "Postgres";
        environment["AppDatabase__ConnectionString"] = Database;
        return WebAppProcess.Start([], environment, appData.Path);
    }

    private static async Task Listen(WebAppProcess site, Action<Uri> listening) => listening(await site.WaitUntilListeningAsync(StartTimeout));

    public async Task DisposeAsync()
    {
        if (_a is not null) await _a.DisposeAsync();
        if (_b is not null) await _b.DisposeAsync();
        await Stripe.DisposeAsync();
        _appDataA.Dispose();
        _appDataB.Dispose();
    }

    private static InvalidOperationException NotStarted() => new("Call EnsureRunningAsync first.");
}
