using System.Globalization;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Reports;

/// <summary>A task named with a muted note, "(task 22880, score 90, weight 1)", and what follows it (why it is under no duty).</summary>
public sealed record NotedTask(string Text, string Note, string After = "")
{
    public override string ToString() => $"{Text} {Note}{After}";
}

/// <summary>The BLS sentence a duty rests on, and where the Handbook says it.</summary>
public sealed record DutyEvidence(string Quote, string SourceBefore, string ProfileTitle, string ProfileUrl, string SourceAfter);

/// <summary>One editorial duty: its figures, its stance (id for the CSS, label for the reader), why, and the O*NET tasks it covers.</summary>
public sealed record Duty(
    string Title, string StanceId, string StanceLabel, string Score, double Meter, string Weight, string Contribution, string Rationale,
    DutyEvidence? Evidence, IReadOnlyList<NotedTask> Covered)
{
    /// <summary>The meter's fill, as a percentage of its width.</summary>
    public string MeterPercent => Display.Score(Meter);
    public string CoveredHeading => $"O*NET tasks covered ({Covered.Count})";
    /// <summary>The duty's figures, each "label <b>value</b> unit".</summary>
    public IReadOnlyList<Phrase> Figures => [new("Score ", Score, ""), new("Weight ", Weight, ""), new("Contribution ", Contribution, " points")];
}

/// <summary>The editorial analysis of an occupation that has one: the duties, the tasks under none, when it was reviewed.</summary>
public sealed record EditorialPart(string Reviewed, string ReviewedIso, IReadOnlyList<Duty> Duties, IReadOnlyList<NotedTask> NotGrouped)
{
    public const string Intro = "This analysis groups the occupation's O*NET tasks into the duties the Bureau of Labor Statistics describes and says, " +
        "for each, what current AI does and what stays with a person. Each duty's score and weight come from the O*NET tasks it covers, " +
        "and its stance follows from that score";
    public static readonly ReportLink IntroLink = new("how analyses are written and checked", "/methodology#editorial");
    public const string IntroOnPaper = Intro + " (see the methodology).";
    public const string NotGroupedHeading = "O*NET tasks under no duty";
    public const string AllTasksHeading = "All O*NET tasks";
    public const string QuoteLabel = "BLS evidence: ";
    public Phrase ReviewedPhrase => new("Analysis last reviewed ", Reviewed, ".");
}

/// <summary>Task-level analysis: the editorial duties where the occupation has them, then every O*NET task with its labels in words.</summary>
public sealed record TasksSection(Phrase Lede, EditorialPart? Editorial, ReportTable Tasks)
{
    public const string Id = "tasks";
    public const string Heading = "Task-level analysis";

    public static TasksSection Build(OccupationEntry e, ScoringModel m)
    {
        var signal = e.Score.TaskSignal;
        var lede = new Phrase(
            "Each task scored 0–100 for what current AI can do, weighted by O*NET's importance designation (Core 2, other 1). " +
            $"{signal.RatedCount} of {signal.Tasks.Count} tasks are rated; together they give a task signal of ", Display.Score(signal.Value), ".");
        var editorial = e.Editorial.Count > 0 && e.Analysis is { } analysis
            ? new EditorialPart(analysis.ReviewedText, analysis.Reviewed.ToString("O", CultureInfo.InvariantCulture),
                e.Editorial.Select(d => Duty(d, analysis, m)).ToList(),
                analysis.NotGrouped.Select(n => new NotedTask(n.Task.Task.Text,
                    $"(task {n.Task.Task.TaskId}, score {Display.Score(n.Task.Feasibility)})", $": {n.Reason}")).ToList())
            : null;
        var tasks = new ReportTable("task-table", "O*NET 29.3 tasks, largest contribution first",
            [new("Task", 0.66), ReportColumn.Number("Score", 0.1), ReportColumn.Number("Weight", 0.1), ReportColumn.Number("Contribution", 0.14)],
            signal.Tasks.Select(t => new ReportCell[]
            {
                new(t.Task.Text, $"{Display.TaskType(m, t.Task.Type)} · {Labels(t.Task, m)}"),
                Display.Score(t.Feasibility), t.Weight.ToString(CultureInfo.InvariantCulture), Display.Points(t.Contribution),
            }).ToList())
        {
            RowHeaders = false,
            RowClasses = signal.Tasks.Select(t => t.IsRated ? null : "not-rated").ToList(),
        };
        return new(lede, editorial, tasks);
    }

    private static Duty Duty(EditorialTaskScore d, EditorialAnalysis analysis, ScoringModel m)
    {
        var stance = m.StanceFor(d.Feasibility);
        return new(d.Task.Title, stance.Id, stance.Label, Display.Score(d.Feasibility), d.Feasibility ?? 0,
            d.Weight.ToString(CultureInfo.InvariantCulture), Display.Points(d.Contribution), d.Task.Rationale,
            d.Task.BlsEvidence is { } quote
                ? new DutyEvidence($"BLS: “{quote}”", "U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, ",
                    analysis.ProfileTitle ?? "", analysis.ProfileUrl ?? "", ", “What they do”")
                : null,
            d.Covered.Select(c => new NotedTask(c.Task.Text, $"(task {c.Task.TaskId}, score {Display.Score(c.Feasibility)}, weight {c.Weight})")).ToList());
    }

    /// <summary>A task's labels in words: "GPT-4: Direct exposure (E1), mostly automatable (T3); human raters: …".</summary>
    public static string Labels(TaskInput t, ScoringModel m)
    {
        if (t.Exposure is null) return "Not rated: the published label set has no label for this task.";
        var text = $"GPT-4: {m.Exposure(t.Exposure.Value).Name} ({t.Exposure})";
        if (t.Automation is { } a) text += $", {m.Automation(a).Name.ToLowerInvariant()} ({a})";
        return t.HumanExposure is { } h ? $"{text}; human raters: {m.Exposure(h).Name.ToLowerInvariant()} ({h})" : text;
    }
}
