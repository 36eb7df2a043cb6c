using System.Diagnostics;
using System.Globalization;
using Jobpocalypse.Web.Reference;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using System.CommandLine;
using Jobpocalypse.Web.Search;

namespace Jobpocalypse.Cli.Commands;

/// <summary>
/// <c>search-bench [--data &lt;dir&gt;] [--out &lt;db&gt;] [--queries &lt;tsv&gt;] [--rounds N]</c>: precision@1 and @3 on the
/// search-quality set, then the server time of the search itself (parse, exact lookups, the FTS5 query, ranking,
/// suggestions when nothing matches) for every query of the set, ROUNDS times, uncached as the output cache's first
/// request is: median, p95 (target &lt; 5 ms), p99 and max.
/// </summary>
internal static class SearchBenchCommand
{
    public const string Name = "search-bench";
    public const string DefaultQueries = "tests/Jobpocalypse.Web.Tests/Search/search-quality.tsv";
    private const double P95TargetMs = 5;

    public static Command Create(TimeProvider time)
    {
        var data = CommandOptions.Data();
        var database = CommandOptions.Database();
        var queries = new Option<string>("--queries")
        {
            Description = "The search-quality set (tab-separated: query, expected codes)", DefaultValueFactory = _ => DefaultQueries, HelpName = "tsv",
        };
        var rounds = CommandOptions.Positive("--rounds", 20, "Times every query of the set is searched");
        var command = new Command(Name, "Precision@1 and @3 on the search-quality set, then the server time of a search (p95 target < 5 ms)")
        {
            data, database, queries, rounds,
        };
        command.SetAction(async (parsed, ct) =>
        {
            var file = parsed.GetValue(queries)!;
            if (!File.Exists(file))
            {
                await parsed.InvocationConfiguration.Error.WriteLineAsync($"{Name}: no query set at '{Path.GetFullPath(file)}'");
                return CliApp.Failed;
            }
            return await RunAsync(CommandOptions.Dataset(parsed, data, database), file, parsed.GetValue(rounds), time,
                parsed.InvocationConfiguration.Output, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(DatasetOptions options, string queries, int rounds, TimeProvider time, TextWriter output,
        CancellationToken ct)
    {
        var inv = CultureInfo.InvariantCulture;
        var cases = SearchQualitySet.Parse(await File.ReadAllLinesAsync(queries, ct));
        var store = new ReferenceStore(Options.Create(options), time, NullLogger<ReferenceStore>.Instance, ReferenceLoader.LoadAsync);
        await store.LoadAsync(ct);
        var search = new OccupationSearch(store);

        var clock = Stopwatch.StartNew();
        var outcomes = SearchQualitySet.Run(search, cases); // also the warm-up
        output.WriteLine(string.Create(inv, $"Dataset {store.Current.ShortVersion}; first pass (catalogue load, JIT) {clock.Elapsed.TotalMilliseconds:0} ms"));
        output.WriteLine(SearchQualitySet.Describe(outcomes));

        var times = new List<double>(cases.Count * rounds);
        var perQuery = cases.ToDictionary(c => c, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var c in cases)
            {
                var start = Stopwatch.GetTimestamp();
                search.Search(c.Query);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                times.Add(ms);
                perQuery[c].Add(ms);
            }
        }
        times.Sort();
        output.WriteLine("Slowest queries by median:");
        foreach (var (c, ms) in perQuery.Select(p => (p.Key, p.Value.Order().ElementAt(p.Value.Count / 2))).OrderByDescending(p => p.Item2).Take(8))
            output.WriteLine(string.Create(inv, $"  {ms,7:0.00} ms  '{c.Query}'"));
        double At(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        var p95 = At(0.95);
        output.WriteLine(string.Create(inv, $"Search server time over {times.Count} searches ({cases.Count} queries x {rounds}): " +
            $"median {At(0.5):0.00} ms, p95 {p95:0.00} ms, p99 {At(0.99):0.00} ms, max {times[^1]:0.00} ms " +
            $"({(p95 < P95TargetMs ? "meets" : "MISSES")} the p95 < {P95TargetMs} ms target)"));
        return p95 < P95TargetMs ? CliApp.Done : CliApp.Failed;
    }
}
