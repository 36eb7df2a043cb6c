using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;

namespace Jobpocalypse.Web.Pages.Compare;

/// <summary>One occupation's bars in the comparison chart: its title and the report's own score and seniority bars.</summary>
public sealed record ComparedBars(string Title, IReadOnlyList<ChartBar> Bars);

/// <summary>
/// Two to four reports side by side. Every cell is read from each occupation's <see cref="OccupationReport"/> (the text
/// the report page shows), never recomputed, so the comparison cannot disagree with the reports it links to.
/// </summary>
public sealed record Comparison(IReadOnlyList<OccupationReport> Reports)
{
    public const int Min = 2;
    public const int Max = 4;
    public const int TopTasks = 3;

    public string Titles => string.Join(", ", Reports.Select(r => r.Entry.Title));

    /// <summary>The chart: per occupation, the report's overall and evidence bars (signals chart) and its level bars (seniority chart).</summary>
    public IReadOnlyList<ComparedBars> Chart => Reports
        .Select(r => new ComparedBars(r.Entry.Title, [.. r.Signals.Chart.Where(b => b.Bold).Reverse(), .. r.Seniority.Chart]))
        .ToList();

    /// <summary>The chart's table twin: score, band, the evidence/market split and the score at each level.</summary>
    public ReportTable Scores => Table("compare-scores", "Scores compared (the chart's figures)",
    [
        Row("Score", r => new ReportCell(r.Header.ScoreText, Bold: true)),
        Row("Band", r => r.Header.BandName),
        Row("What AI can do (evidence only)", r => r.Header.EvidenceSplit?.Strong ?? "not rated"),
        Row("Market adjustment (points)", r => r.Header.MarketSplit?.Strong ?? "—"),
        .. Levels(),
    ]);

    /// <summary>Every evidence and market signal's value, as each report's signal tables give it.</summary>
    public ReportTable Signals => Table("compare-signals", "Signals: each signal's value (0–100)",
        SignalNames(r => r.Signals.Evidence).Concat(SignalNames(r => r.Signals.Market)).Distinct()
            .Select(name => Row(name, r => SignalValue(r, name))).ToList());

    /// <summary>The tasks that add the most to each score: the first rows of each report's task table (largest contribution first).</summary>
    public ReportTable Tasks => Table("compare-tasks", $"Top {TopTasks} tasks by contribution to the task signal",
        Enumerable.Range(0, TopTasks).Select(i => Row($"Task {i + 1}", r => TopTask(r, i))).ToList());

    /// <summary>Wages, employment and outlook: rows of each report's BLS table, and its outlook wording.</summary>
    public ReportTable Market => Table("compare-market", $"Wages and outlook (BLS Employment Projections {BlsLabels.Span})",
    [
        .. BlsRows.Select(label => Row(label, r => Bls(r, label))),
        Row("Outlook", r => r.Sources.Signals.FirstOrDefault(x => x.Text.Before.StartsWith("BLS projected outlook", StringComparison.Ordinal))?.Text.Strong is { Length: > 0 } w ? w : "no projection"),
    ]);

    /// <summary>The BLS table rows compared (the report's table has more: projected employment, experience, training).</summary>
    public static readonly IReadOnlyList<string> BlsRows =
        [BlsLabels.MedianWage, BlsLabels.Employment, $"Change {BlsLabels.Span}", "Openings per year", "Typical entry education"];

    private IEnumerable<(string, Func<OccupationReport, ReportCell>)> Levels() =>
        Reports.SelectMany(r => r.Seniority.Chart.Select(b => b.Label)).Distinct()
            .Select(level => Row($"{level} level", r => (ReportCell)(r.Seniority.Chart.FirstOrDefault(b => b.Label == level)?.Figure ?? "not rated")));

    private IEnumerable<string> SignalNames(Func<OccupationReport, ReportTable?> table) =>
        Reports.SelectMany(r => table(r)?.Rows.Select(row => row[0].Text) ?? []);

    private static ReportCell SignalValue(OccupationReport r, string name) =>
        new[] { r.Signals.Evidence, r.Signals.Market }.SelectMany(t => t?.Rows ?? []).FirstOrDefault(row => row[0].Text == name) is { } row
            ? row[1].Text : "not rated";

    private static ReportCell TopTask(OccupationReport r, int i) =>
        r.Tasks.Tasks.Rows.ElementAtOrDefault(i) is { } row && (r.Tasks.Tasks.RowClasses.ElementAtOrDefault(i) is null)
            ? new ReportCell(row[0].Text, $"score {row[1].Text} · contribution {row[3].Text} points")
            : "—";

    private static ReportCell Bls(OccupationReport r, string label) =>
        r.Sources.Bls?.Rows.FirstOrDefault(row => row[0].Text == label) is { } row ? row[1].Text : "not published";

    private static (string, Func<OccupationReport, ReportCell>) Row(string label, Func<OccupationReport, ReportCell> cell) => (label, cell);

    private ReportTable Table(string testId, string caption, IReadOnlyList<(string Label, Func<OccupationReport, ReportCell> Cell)> rows) =>
        new(testId, caption,
            [new("Figure", 0.2), .. Reports.Select(r => new ReportColumn(r.Entry.Title, 0.8 / Reports.Count))],
            rows.Select(row => (ReportCell[])[row.Label, .. Reports.Select(row.Cell)]).ToList());

    /// <summary>Reads a requested occupation: its code with or without the O*NET suffix (29-2072, 29-2072.00) or its address slug.</summary>
    public static OccupationEntry? Find(ReferenceSnapshot snapshot, string requested)
    {
        var value = requested.Trim();
        if (value.Length is 0 or > 200) return null;
        return snapshot.ByCode(value) ?? snapshot.ByCode(value + ".00") ?? snapshot.BySlug(value.ToLowerInvariant());
    }
}
