using Jobpocalypse.Web.Tests.Deployment;
using Jobpocalypse.Web.Tests.Sweeps;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("Jobpocalypse.Web.Tests.Infrastructure.LongestFirstOrderer", "Jobpocalypse.Web.Tests")]

namespace Jobpocalypse.Web.Tests.Infrastructure;

/// <summary>
/// Starts the longest collections first, then the rest in xUnit's own order: on two cores the run ends when its
/// longest chain does, and a long collection started late (xUnit's order is by id, unrelated to length) left the
/// end of the run on one core. Ordering only: every collection still runs, with the same parallelism.
/// </summary>
public sealed class LongestFirstOrderer : ITestCollectionOrderer
{
    private static readonly string[] Longest =
    [
        "Test collection for " + typeof(EveryOccupationTests).FullName,
        SiteCollection.Name,
        KillCollection.Name,
        ProcessCollection.Name,
        LocalCheckoutCollection.Name,
        // Chains of many short classes that mostly wait (on PostgreSQL, on the fake Stripe): started last, they ran on
        // for a quarter of a minute with one core idle.
        PaymentsCollection.Name,
        PostgresPaymentsCollection.Name,
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> collections) =>
        collections
            .OrderBy(c => Array.IndexOf(Longest, c.DisplayName) is var i and >= 0 ? i : Longest.Length)
            .ThenBy(c => c.UniqueID);
}
