using System.Diagnostics;
using System.Globalization;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Pro;
using Jobpocalypse.Web.Reference;

using System.CommandLine;
using Jobpocalypse.Web.Pdf;

namespace Jobpocalypse.Cli.Commands;

/// <summary>
/// <c>pdf-benchmark [--data &lt;dir&gt;] [--out &lt;db&gt;] [--code &lt;O*NET code&gt;] [--runs N] [--save &lt;dir&gt;]</c>:
/// builds the reference database if needed, then times the PDF report: one occupation rendered N times after a warm-up
/// (median and p95), then every occupation once with no cache, with the process's peak working set.
/// --save writes the one occupation's PDF there, to look at.
/// </summary>
internal static class PdfBenchmarkCommand
{
    public const string Name = "pdf-benchmark";
    private const int WarmUpRuns = 20;
    private const double MedianTargetMs = 50;
    private const long PeakTargetBytes = 300L * 1024 * 1024;

    public static Command Create(TimeProvider time)
    {
        var data = CommandOptions.Data();
        var database = CommandOptions.Database();
        var code = CommandOptions.Occupation("rendered");
        var runs = CommandOptions.Positive("--runs", 200, "Warm renders of that occupation to time");
        var save = CommandOptions.Save("PDF");
        var command = new Command(Name, "Times the PDF report: one occupation N times, then every occupation once, with the peak working set")
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
        var pdf = new OccupationPdf(time);
        using (var loaded = Process.GetCurrentProcess())
        {
            // What the process holds before any PDF: the runtime and the scored snapshot, as in the web app.
            output.WriteLine($"Dataset {snapshot.ShortVersion}: {snapshot.Occupations.Count} occupations; {Environment.ProcessorCount} cores; " +
                $"server GC {System.Runtime.GCSettings.IsServerGC}; peak working set before any PDF {loaded.PeakWorkingSet64 / 1024.0 / 1024.0:0.0} MB");
        }

        var clock = Stopwatch.StartNew();
        var first = pdf.Render(entry, snapshot);
        output.WriteLine($"First render of {code} (cold: fonts, JIT, wage population): {clock.Elapsed.TotalMilliseconds:0.0} ms, {first.Length / 1024.0:0.0} KB");
        if (save is { } dir)
        {
            Directory.CreateDirectory(dir);
            var path = Path.Combine(dir, OccupationPdf.FileName(entry));
            await File.WriteAllBytesAsync(path, first);
            output.WriteLine($"Saved {path}");
        }

        for (var i = 0; i < WarmUpRuns; i++) pdf.Render(entry, snapshot);
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            clock.Restart();
            pdf.Render(entry, snapshot);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        var median = Percentile(times, 50);
        output.WriteLine($"{entry.Title} ({code}), {runs} warm renders: median {median:0.00} ms, p95 {Percentile(times, 95):0.00} ms, " +
            $"min {times[0]:0.00} ms, max {times[^1]:0.00} ms (target median < {MedianTargetMs} ms: {Verdict(median < MedianTargetMs)})");

        // The part of a render that is not drawing: the Pro figures (pivot overlaps, wage comparison, tool matches).
        // The builder keeps each occupation's figures per snapshot, so time the first computation for every occupation
        // with a fresh set (its wage population made beforehand, once, as in the web app).
        var figures = new ProFigures(snapshot);
        figures.For(entry);
        var insightTimes = snapshot.Occupations.Where(o => o.Code != entry.Code).Select(o =>
        {
            clock.Restart();
            figures.For(o);
            return clock.Elapsed.TotalMilliseconds;
        }).ToArray();
        Array.Sort(insightTimes);
        output.WriteLine($"  Pro figures, first computation per occupation: median {Percentile(insightTimes, 50):0.00} ms, p95 {Percentile(insightTimes, 95):0.00} ms (then kept per dataset version)");

        // Every occupation once, no cache: the PDFs are dropped as they are made, as a cache eviction would.
        long bytes = 0, largest = 0;
        var slowest = (Ms: 0.0, Code: "");
        var all = Stopwatch.StartNew();
        foreach (var o in snapshot.Occupations)
        {
            clock.Restart();
            var size = pdf.Render(o, snapshot).Length;
            var ms = clock.Elapsed.TotalMilliseconds;
            if (ms > slowest.Ms) slowest = (ms, o.Code);
            bytes += size;
            largest = Math.Max(largest, size);
        }
        all.Stop();
        var count = snapshot.Occupations.Count;
        output.WriteLine($"Every occupation once: {count} PDFs in {all.Elapsed.TotalSeconds:0.00} s ({all.Elapsed.TotalMilliseconds / count:0.00} ms each on average; " +
            $"slowest {slowest.Ms:0.0} ms, {slowest.Code}); {bytes / 1024.0 / 1024.0:0.0} MB in all, {bytes / 1024.0 / count:0} KB average, {largest / 1024.0:0} KB largest");

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        output.WriteLine($"Peak working set: {peak / 1024.0 / 1024.0:0.0} MB (target < {PeakTargetBytes / 1024 / 1024} MB: {Verdict(peak < PeakTargetBytes)}); " +
            $"GC heap now {GC.GetTotalMemory(false) / 1024.0 / 1024.0:0.0} MB");
        return CliApp.Done;
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string Verdict(bool ok) => ok ? "meets target" : "MISSES target";
}
