using Jobpocalypse.Scoring;
using Jobpocalypse.Scoring.Personal;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reports;

namespace Jobpocalypse.Web.Me;

/// <summary>
/// How a paste's lines matched, shown once in the answer to the post and never kept: the matched lines with their task
/// and confidence, and the lines that matched nothing.
/// </summary>
public sealed record PasteMatches(ReportTable Matched, IReadOnlyList<string> NotMatched, string Summary)
{
    public static PasteMatches Build(IReadOnlyList<LineMatch> lines, PersonalCatalog catalog)
    {
        var matched = lines.Where(l => l.IsMatched).ToList();
        var notMatched = lines.Where(l => !l.IsMatched).Select(l => l.Line).ToList();
        var table = new ReportTable("me-line-table", "Your lines and the O*NET task statements they matched",
            [new("Your line", 0.38), new("Matched O*NET task", 0.44), ReportColumn.Number("Confidence", 0.18)],
            matched.Select(l => new ReportCell[]
            {
                l.Line,
                new(l.Task!.Task.Text, $"{catalog.Task(l.Task.Task.TaskId)!.Value.Entry.Title}, task {l.Task.Task.TaskId}"),
                Display.Percent(l.Confidence),
            }).ToList()) { RowHeaders = false };
        return new PasteMatches(table, notMatched,
            $"{matched.Count} of {lines.Count} lines matched an O*NET task statement. Confidence is the share of content words a line " +
            $"and its statement have in common (cosine similarity); a line below {Display.Percent(DutyMatchRule.Default.Threshold)}, " +
            $"or sharing fewer than {DutyMatchRule.Default.MinSharedWords} words, is listed as not matched rather than guessed.");
    }

    /// <summary>
    /// The selection a paste gives: every matched line counts equally (a paste says nothing of time), so a task matched by
    /// two lines weighs twice.
    /// </summary>
    public static PersonalSelection? Selection(IReadOnlyList<LineMatch> lines, SeniorityLevel level)
    {
        var matched = lines.Where(l => l.IsMatched).ToList();
        if (matched.Count == 0) return null;
        int each = Math.Max(1, ShareLink.MaxShare / Math.Min(matched.Count, ShareLink.MaxShare));
        var tasks = matched.GroupBy(l => l.Task!.Task.TaskId)
            .Select(g => new SelectedTask(g.Key, Math.Min(ShareLink.MaxShare, each * g.Count())))
            .Take(ShareLink.MaxTasks)
            .ToList();
        return new PersonalSelection(tasks, level);
    }
}
