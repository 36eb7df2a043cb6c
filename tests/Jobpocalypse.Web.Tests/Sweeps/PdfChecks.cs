using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Pdf;

namespace Jobpocalypse.Web.Tests.Sweeps;

/// <summary>What every occupation's PDF must be: a PDF, every section, numbered pages, and a cover that fits its page.</summary>
internal static class PdfChecks
{
    public static readonly string[] SectionTitles =
    [
        "Signal composition", "Where people already use AI in this work", "By seniority", "Task-level analysis", "Task heatmap",
        "Career pivot paths", "Wage impact analysis", "AI tool recommendations", "External signals and sources", "Related occupations",
    ];

    public static IEnumerable<string> Problems(byte[] bytes, OccupationEntry entry)
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
    }
}
