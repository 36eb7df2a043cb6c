using System.Diagnostics;
using System.Globalization;
using Jobpocalypse.Web.Reference;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Search;

/// <summary>
/// <c>search-bench [--data &lt;dir&gt;] [--out &lt;db&gt;] [--queries &lt;tsv&gt;] [--rounds N]</c>: precision@1 and @3 on the
/// search-quality set, then the server time of the search itself (parse, exact lookups, the FTS5 query, ranking,
/// suggestions when nothing matches) for every query of the set, ROUNDS times, uncached as the output cache's first
/// request is: median, p95 (target &lt; 5 ms), p99 and max.
/// </summary>
public static class SearchBenchCommand
{
    public const string Name = "search-bench";
    public const string DefaultQueries = "tests/Jobpocalypse.Web.Tests/Search/search-quality.tsv";
    private const double P95TargetMs = 5;

    public static bool IsInvocation(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(string[] args)
    {
        var inv = CultureInfo.InvariantCulture;
        var options = new DatasetOptions { SourcePath = Argument(args, "--data"), DatabasePath = Argument(args, "--out") };
        var rounds = int.TryParse(Argument(args, "--rounds"), NumberStyles.None, inv, out var n) && n > 0 ? n : 20;
        var cases = SearchQualitySet.Parse(await File.ReadAllLinesAsync(Argument(args, "--queries") ?? DefaultQueries));

        var store = new ReferenceStore(Options.Create(options), TimeProvider.System, NullLogger<ReferenceStore>.Instance);
        await store.LoadAsync(CancellationToken.None);
        var search = new OccupationSearch(store, new SearchCatalogCache(store));

        var clock = Stopwatch.StartNew();
        var outcomes = await SearchQualitySet.RunAsync(search, cases, CancellationToken.None); // also the warm-up
        Console.WriteLine(string.Create(inv, $"Dataset {store.Current.ShortVersion}; first pass (catalogue load, JIT) {clock.Elapsed.TotalMilliseconds:0} ms"));
        Console.WriteLine(SearchQualitySet.Describe(outcomes));

        var times = new List<double>(cases.Count * rounds);
        var perQuery = cases.ToDictionary(c => c, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var c in cases)
            {
                var start = Stopwatch.GetTimestamp();
                await search.SearchAsync(c.Query, CancellationToken.None);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                times.Add(ms);
                perQuery[c].Add(ms);
            }
        }
        times.Sort();
        Console.WriteLine("Slowest queries by median:");
        foreach (var (c, ms) in perQuery.Select(p => (p.Key, p.Value.Order().ElementAt(p.Value.Count / 2))).OrderByDescending(p => p.Item2).Take(8))
            Console.WriteLine(string.Create(inv, $"  {ms,7:0.00} ms  '{c.Query}'"));
        double At(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        var p95 = At(0.95);
        Console.WriteLine(string.Create(inv, $"Search server time over {times.Count} searches ({cases.Count} queries x {rounds}): " +
            $"median {At(0.5):0.00} ms, p95 {p95:0.00} ms, p99 {At(0.99):0.00} ms, max {times[^1]:0.00} ms " +
            $"({(p95 < P95TargetMs ? "meets" : "MISSES")} the p95 < {P95TargetMs} ms target)"));
        return p95 < P95TargetMs ? 0 : 1;
    }

    private static string? Argument(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
