using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Pdf;

/// <summary>The related occupations of the same category and the work each shares, as the report page lists them.</summary>
internal static class PdfRelatedSection
{
    private static PdfFonts F => PdfFonts.Instance;

    public static void Draw(PdfPageFlow flow, OccupationEntry e, ReferenceSnapshot snapshot)
    {
        flow.Section(OccupationPdf.RelatedTitle);
        var related = snapshot.RelatedTo(e);
        if (related.Count == 0)
        {
            flow.Paragraph("No rated occupation in this category to compare with.", F.Body);
            return;
        }
        flow.Paragraph($"Occupations of {e.Category.ShortTitle} that share the most work with this one (by task statements), then the closest scores.", F.Body);
        foreach (var r in related)
        {
            var example = r.Overlap.Matches.FirstOrDefault(x => x.IsShared);
            var why = example is not null
                ? $"Shares {r.Overlap.SharedCount} of this occupation's {r.Overlap.Matches.Count} tasks, such as {Display.Quoted(example.Task.Text)}."
                : "No task statement in common; listed for its close score in the same category.";
            flow.Bullet($"{r.Entry.Title} ({Display.Score(r.Entry.Score.Overall)}): {why}", F.Body);
        }
    }
}
