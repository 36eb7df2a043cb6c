using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Pdf;

namespace Jobpocalypse.Web.Tests.Sweeps;

/// <summary>
/// What every occupation's PDF must be: a PDF, every section, numbered pages, and a cover that fits its page; with an
/// editorial analysis, each duty with its stance, score, rationale and quote, the tasks under no duty with their
/// reasons, and the date of the last review.
/// </summary>
internal static class PdfChecks
{
    public static readonly string[] SectionTitles =
    [
        "Signal composition", "Where people already use AI in this work", "By seniority", "Task-level analysis", "Task heatmap",
        "Career pivot paths", "Wage impact analysis", "AI tool recommendations", "External signals and sources", "Related occupations",
    ];

    public static IEnumerable<string> Problems(byte[] bytes, OccupationEntry entry, ScoringModel model)
    {
        if (!bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            yield return $"{entry.Code}: does not start with %PDF-";
            yield break;
        }
        var pdf = PdfText.Read(bytes, lines: false);
        var missing = SectionTitles.Where(t => !pdf.Contains(t)).ToList();
        if (missing.Count > 0) yield return $"{entry.Code}: no {string.Join(", ", missing)}";
        if (!pdf.Pages[^1].Squashed.Contains($"Page{pdf.Pages.Count}of{pdf.Pages.Count}", StringComparison.Ordinal))
            yield return $"{entry.Code}: the last page is not numbered";
        // The cover fits on its page, long title and description included: the report proper starts on page 2.
        if (!pdf.Pages[0].Squashed.Contains("Datasetversion", StringComparison.Ordinal) ||
            !pdf.Pages[1].Squashed.StartsWith("Signalcomposition", StringComparison.Ordinal))
            yield return $"{entry.Code}: the cover runs over its page";
        foreach (var problem in AnalysisProblems(pdf, entry, model)) yield return problem;
    }

    private static IEnumerable<string> AnalysisProblems(PdfText pdf, OccupationEntry entry, ScoringModel model)
    {
        if (entry.Analysis is not { } analysis) yield break;
        if (!pdf.Contains($"Analysis last reviewed {analysis.ReviewedText}.")) yield return $"{entry.Code}: no review date";
        var number = 1;
        foreach (var duty in entry.Editorial)
        {
            var stance = model.StanceFor(duty.Feasibility).Label;
            if (!pdf.Contains($"{number++}. {duty.Task.Title}")) yield return $"{entry.Code}: no duty '{duty.Task.Title}'";
            if (!pdf.Contains($"{stance} · Score {Display.Score(duty.Feasibility)} ·")) yield return $"{entry.Code}: no stance for '{duty.Task.Title}'";
            if (!pdf.Contains(duty.Task.Rationale)) yield return $"{entry.Code}: no rationale for '{duty.Task.Title}'";
            if (duty.Task.BlsEvidence is { } quote && !pdf.Contains($"BLS: “{quote}”")) yield return $"{entry.Code}: no quote for '{duty.Task.Title}'";
        }
        if (analysis.NotGrouped.Count > 0 && !pdf.Contains("O*NET tasks under no duty")) yield return $"{entry.Code}: no list of tasks under no duty";
        foreach (var n in analysis.NotGrouped.Where(n => !pdf.Contains(n.Reason))) yield return $"{entry.Code}: no reason for task {n.Task.Task.TaskId}";
    }
}
