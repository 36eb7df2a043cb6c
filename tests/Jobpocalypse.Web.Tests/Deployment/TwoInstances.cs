using Jobpocalypse.Web.Tests.Infrastructure;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// Two site processes, A and B, each with its own app-data folder and port, on one PostgreSQL database and one fake
/// Stripe: the pair <see cref="MultiInstanceTests"/> share.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private string? _database;

    public RestartableSite A { get; } = new();
    public RestartableSite B { get; } = new();
    public FakeStripeServer Stripe { get; private set; } = null!;
    public string Database => _database ?? throw new InvalidOperationException("Call EnsureRunningAsync first.");

    public async Task InitializeAsync() => Stripe = await FakeStripeServer.StartAsync();

    /// <summary>
    /// Starts whichever of A and B is not running; when both start, they start together and both migrate at start-up,
    /// under the advisory lock.
    /// </summary>
    public async Task EnsureRunningAsync(PrebuiltReference reference)
    {
        // Created with the first start: xunit builds a class fixture even when PostgreSQL is missing and the tests are skipped.
        _database ??= PostgresCluster.CreateDatabase();
        IReadOnlyDictionary<string, string> EnvironmentFor(string appData)
        {
            var environment = reference.SiteEnvironment(appData).WithStripe(Stripe);
            environment["AppDatabase__Provider"] = "Postgres";
            environment["AppDatabase__ConnectionString"] = _database;
            return environment;
        }
        await Task.WhenAll(A.EnsureRunningAsync(EnvironmentFor), B.EnsureRunningAsync(EnvironmentFor));
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}
