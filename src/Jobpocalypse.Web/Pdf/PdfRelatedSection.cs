using Jobpocalypse.Web.Reports;

namespace Jobpocalypse.Web.Pdf;

/// <summary>Sets the related occupations of the report model, one bullet each.</summary>
internal static class PdfRelatedSection
{
    private static PdfFonts F => PdfFonts.Instance;

    public static void Draw(PdfPageFlow flow, RelatedSection section)
    {
        flow.Section(RelatedSection.ContentsTitle);
        flow.Paragraph(section.Lede, F.Body);
        if (section.None is { } none) flow.Paragraph(none, F.Body);
        foreach (var r in section.Items) flow.Bullet($"{r.Title} ({r.ScoreText}): {r.Why}", F.Body);
    }
}
