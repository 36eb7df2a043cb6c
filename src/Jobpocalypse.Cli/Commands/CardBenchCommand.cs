using System.CommandLine;
using System.Diagnostics;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Cards;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;

namespace Jobpocalypse.Cli.Commands;

/// <summary>
/// <c>card-bench [--data &lt;dir&gt;] [--out &lt;db&gt;] [--code &lt;O*NET code&gt;] [--runs N] [--save &lt;dir&gt;]</c>:
/// builds the reference database if needed, then times the 1200×630 share card: one occupation drawn N times after a
/// warm-up (median and p95; target median &lt; 30 ms), then every occupation once. --save writes that card there, to look at.
/// </summary>
internal static class CardBenchCommand
{
    public const string Name = "card-bench";
    private const int WarmUpRuns = 10;
    private const double MedianTargetMs = 30;

    public static Command Create(TimeProvider time)
    {
        var data = CommandOptions.Data();
        var database = CommandOptions.Database();
        var code = CommandOptions.Occupation("drawn");
        var runs = CommandOptions.Positive("--runs", 100, "Warm renders of that occupation's card to time");
        var save = CommandOptions.Save("card");
        var command = new Command(Name, "Times the share card (PNG): one occupation N times, then every occupation once")
        {
            data, database, code, runs, save,
        };
        command.SetAction((parsed, ct) => RunAsync(CommandOptions.Dataset(parsed, data, database), parsed.GetValue(code)!,
            parsed.GetValue(runs), parsed.GetValue(save), time, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, ct));
        return command;
    }

    private static async Task<int> RunAsync(DatasetOptions options, string code, int runs, string? save, TimeProvider time,
        TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (await CommandOptions.LoadOccupationAsync(Name, options, code, time, error, ct) is not { } found) return CliApp.Failed;
        var (snapshot, entry) = found;
        using var renderer = new ShareCardRenderer();
        // What is timed is the web app's miss: the report header built and the card drawn and encoded.
        byte[] Draw(OccupationEntry e) => renderer.Render(ShareCard.For(ReportHeader.Build(e)));

        var clock = Stopwatch.StartNew();
        var first = Draw(entry);
        output.WriteLine($"First card of {code} (cold: fonts, JIT): {clock.Elapsed.TotalMilliseconds:0.0} ms, {first.Length / 1024.0:0.0} KB");
        if (save is { } dir)
        {
            Directory.CreateDirectory(dir);
            var path = Path.Combine(dir, $"{entry.Code}-card.png");
            await File.WriteAllBytesAsync(path, first, ct);
            output.WriteLine($"Saved {path}");
        }

        for (var i = 0; i < WarmUpRuns; i++) Draw(entry);
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            ct.ThrowIfCancellationRequested();
            clock.Restart();
            Draw(entry);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        var median = Percentile(times, 50);
        output.WriteLine($"{entry.Title} ({code}), {runs} warm renders: median {median:0.00} ms, p95 {Percentile(times, 95):0.00} ms, " +
            $"min {times[0]:0.00} ms, max {times[^1]:0.00} ms (target median < {MedianTargetMs} ms: {(median < MedianTargetMs ? "meets target" : "MISSES target")})");

        // The drawing and PNG encoding alone, the header built once: what is left when the header is not the cost.
        var card = ShareCard.For(ReportHeader.Build(entry));
        var drawTimes = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            clock.Restart();
            renderer.Render(card);
            drawTimes[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(drawTimes);
        output.WriteLine($"  of which drawing and encoding: median {Percentile(drawTimes, 50):0.00} ms, min {drawTimes[0]:0.00} ms");

        var all = snapshot.Occupations.Select(o =>
        {
            clock.Restart();
            var size = Draw(o).Length;
            return (Ms: clock.Elapsed.TotalMilliseconds, Size: size);
        }).ToList();
        var each = all.Select(a => a.Ms).Order().ToArray();
        output.WriteLine($"Every occupation once: {all.Count} cards, median {Percentile(each, 50):0.00} ms, p95 {Percentile(each, 95):0.00} ms, " +
            $"max {each[^1]:0.00} ms; {all.Average(a => a.Size) / 1024.0:0} KB average, {all.Max(a => a.Size) / 1024.0:0} KB largest");
        return median < MedianTargetMs ? CliApp.Done : CliApp.Failed;
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
