using Jobpocalypse.Scoring;
using Jobpocalypse.Scoring.Personal;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reports;

namespace Jobpocalypse.Web.Me;

/// <summary>An occupation whose task statements cover some of the reader's tasks, with the share of their time covered.</summary>
public sealed record OverlapRow(string Title, string Url, string Overlap, string Score, string BandName, string BandClass);

/// <summary>
/// A reader's own report, built once from their selection (and, for a paste, how its lines matched) and set by the
/// Pages/Me partials with the report's table partial. Every word and figure is decided here.
/// </summary>
public sealed record PersonalReport(
    PersonalSelection Selection, PersonalScore Personal, string ScoreText, string BandName, string BandClass, string Verdict,
    Phrase? EvidenceSplit, Phrase? MarketSplit, Phrase? LevelReading, string TermsUsed, SignalsSection Signals,
    ReportTable Tasks, ReportTable Exposure, ReportTable Nearest, IReadOnlyList<OverlapRow> Overlap, PasteMatches? Paste)
{
    public string ShareUrl => ShareLink.For(Selection);
    /// <summary>The PDF of this report (Pro readers), from the same link.</summary>
    public string PdfUrl => $"/me/report.pdf?{ShareLink.Query(Selection)}";
    /// <summary>The Pro sections, set only for a Pro reader (<see cref="PersonalPro"/>).</summary>
    public PersonalPro? Pro { get; init; }
    public bool IsRated => Personal.Score.IsRated;
    // The section words, one copy for the page and the PDF.
    public const string TitleText = "Your own report";
    public const string NearestHeading = "Your score beside the occupations you work like";
    public const string ExposureHeading = "The tasks that carry most of your exposure";
    public const string TasksHeading = "Your tasks with their scores and evidence";
    public const string TasksLede = "Each task's score is what current AI can do of it (0–100), from the published GPT-4 labels named under it.";
    public const string TermsHeading = "How your score is assembled";
    public const string HeatmapLede = "Your tasks' share of entry, mid and senior work time, by the seniority model, coloured by how much of each task AI can do.";
    public const int ExposureCount = 5;
    public const int NearestCount = 5;
    public const int OverlapCount = 8;

    public static PersonalReport Build(PersonalSelection selection, PersonalCatalog catalog, IReadOnlyList<LineMatch>? lines = null)
    {
        var snapshot = catalog.Snapshot;
        var model = snapshot.Model;
        var personal = catalog.Score(selection);
        var s = personal.Score;
        var mix = personal.Mix.Select(m => (Entry: snapshot.ByCode(m.Code)!, m.Share)).ToList();
        var signals = SignalsSection.Build(s, model) with
        {
            EvidenceText = $"The task signal weighs your rated tasks' O*NET weights ({Display.Number(s.Signal(SignalKind.Tasks).Weight)}); " +
                $"the prior and observed use weigh {Display.Number(model.Signal(SignalKind.AiExposurePrior).Weight)} and " +
                $"{Display.Number(model.Signal(SignalKind.ObservedUse).Weight)} in the same units, as in every occupation's report.",
        };
        return new PersonalReport(
            selection, personal, Display.Score(s.Overall), Display.BandName(s.Band), Display.BandClass(s.Band),
            s.Verdict?.Text ?? "Not rated: none of the tasks you picked carries a published AI exposure label.",
            s is { Evidence: { } evidence, Market: not null } ? new Phrase("What AI can do: ", Display.Score(evidence), " · ") : null,
            s.Market is { } market ? new Phrase("market signals move it by ", Display.SignedPoints(market.Applied), " points.") : null,
            personal.AtLevel is { } level
                ? new Phrase($"At {Display.Level(level.Level).ToLowerInvariant()} level the seniority model puts it at ", Display.Score(level.Score),
                    $" ({Display.Multiplier(level.Multiplier)} the mid-level task signal, from the tasks you picked).")
                : null,
            TermsUsedText(s, mix),
            signals,
            TasksTable(s, catalog, model),
            ExposureTable(s, catalog),
            NearestTable(s, mix),
            OverlapRows(selection, s, catalog),
            lines is null ? null : PasteMatches.Build(lines, catalog));
    }

    /// <summary>Which terms of the formula this report used, and what stands in for the occupation-level ones.</summary>
    private static string TermsUsedText(OccupationScore s, IReadOnlyList<(Reference.OccupationEntry Entry, double Share)> mix)
    {
        var names = string.Join(", ", mix.Take(NearestCount).Select(m => $"{m.Entry.Title} ({Display.Share(m.Share)})"));
        var more = mix.Count > NearestCount ? $" and {mix.Count - NearestCount} more" : "";
        return $"Task feasibility comes from your {s.TaskSignal.Tasks.Count} tasks, each weighted by your share of time instead of O*NET's importance. " +
            "A person has no AI exposure prior, observed use or market figures of their own, so each of those is the mix of the values " +
            $"of the occupations your tasks come from, weighted by your time: {names}{more}.";
    }

    private static ReportTable TasksTable(OccupationScore s, PersonalCatalog catalog, ScoringModel m)
    {
        double total = s.TaskSignal.Tasks.Sum(t => t.Weight);
        return new ReportTable("me-task-table", "Your tasks, largest contribution first",
            [new("Task", 0.6), ReportColumn.Number("Share of time", 0.12), ReportColumn.Number("Score", 0.12), ReportColumn.Number("Contribution", 0.16)],
            s.TaskSignal.Tasks.Select(t => new ReportCell[]
            {
                new(t.Task.Text, $"{catalog.Task(t.Task.TaskId)!.Value.Entry.Title}, task {t.Task.TaskId} · {TasksSection.Labels(t.Task, m)}"),
                Display.Share(t.Weight / total), Display.Score(t.Feasibility), Display.Points(t.Contribution),
            }).ToList())
        {
            RowHeaders = false,
            RowClasses = s.TaskSignal.Tasks.Select(t => t.IsRated ? null : "not-rated").ToList(),
        };
    }

    private static ReportTable ExposureTable(OccupationScore s, PersonalCatalog catalog)
    {
        var top = s.TaskSignal.Tasks.Where(t => t.Contribution > 0).Take(ExposureCount).ToList();
        double signal = s.TaskSignal.Value ?? 0;
        return new ReportTable("me-exposure-table", "The tasks that carry most of your exposure",
            [new("Task", 0.64), ReportColumn.Number("Score", 0.12), ReportColumn.Number("Share of your task signal", 0.24)],
            top.Select(t => new ReportCell[]
            {
                new(t.Task.Text, catalog.Task(t.Task.TaskId)!.Value.Entry.Title), Display.Score(t.Feasibility),
                Display.Share(signal > 0 ? t.Contribution!.Value / signal : 0),
            }).ToList()) { RowHeaders = false };
    }

    private static ReportTable NearestTable(OccupationScore s, IReadOnlyList<(Reference.OccupationEntry Entry, double Share)> mix) =>
        new("me-nearest-table", "Your score beside the occupations your tasks come from",
            [new("Work", 0.5), ReportColumn.Number("Share of your time", 0.18), ReportColumn.Number("Score", 0.12), new("Band", 0.2)],
            [
                [new("Your work", Bold: true), "100%", new(Display.Score(s.Overall), Bold: true), Display.BandName(s.Band)],
                .. mix.Take(NearestCount).Select(m => new ReportCell[]
                {
                    m.Entry.Title, Display.Share(m.Share), Display.Score(m.Entry.Score.Overall), Display.BandName(m.Entry.Score.Band),
                }),
            ]);

    /// <summary>
    /// Occupations by the share of the reader's time spent on tasks that have a close match among their statements (the
    /// related-occupations threshold of shared work), then closest score.
    /// </summary>
    private static IReadOnlyList<OverlapRow> OverlapRows(PersonalSelection selection, OccupationScore s, PersonalCatalog catalog)
    {
        var snapshot = catalog.Snapshot;
        double total = selection.Tasks.Sum(t => t.Share);
        var covered = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var picked in selection.Tasks)
        {
            var words = snapshot.TaskWords.Of(catalog.Task(picked.TaskId)!.Value.Task.Task.Text);
            var occupations = catalog.Index.Similar(words, catalog.Index.Rule.Threshold).Select(m => m.Task.OccupationCode).Distinct();
            foreach (var code in occupations) covered[code] = covered.GetValueOrDefault(code) + picked.Share / total;
        }
        return covered
            .Select(c => (Entry: snapshot.ByCode(c.Key)!, Share: c.Value))
            .Where(c => c.Entry.Score.IsRated)
            .OrderByDescending(c => c.Share)
            .ThenBy(c => Math.Abs(c.Entry.Score.Overall!.Value - (s.Overall ?? 0)))
            .ThenBy(c => c.Entry.Code, StringComparer.Ordinal)
            .Take(OverlapCount)
            .Select(c => new OverlapRow(c.Entry.Title, c.Entry.Url, Display.Share(Math.Min(1, c.Share)), Display.Score(c.Entry.Score.Overall),
                Display.BandName(c.Entry.Score.Band), Display.BandClass(c.Entry.Score.Band)))
            .ToList();
    }
}
