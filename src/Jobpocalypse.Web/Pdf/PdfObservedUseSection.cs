using Jobpocalypse.Web.Reports;

namespace Jobpocalypse.Web.Pdf;

/// <summary>Sets the observed-use section of the report model (Tomlinson et al. 2025).</summary>
internal static class PdfObservedUseSection
{
    private static PdfFonts F => PdfFonts.Instance;

    public static void Draw(PdfPageFlow flow, ObservedUseSection section)
    {
        flow.Section(ObservedUseSection.Heading);
        if (section.Missing is { } missing)
        {
            flow.Paragraph(missing, F.Body);
            return;
        }
        flow.Paragraph($"{section.Lede} {section.Score}", F.Body);
        flow.Paragraph(section.Caveat, F.Body, PdfColours.Muted);
        PdfReportTable.Draw(flow, section.Activities!, F.Small, F.SmallBold);
        flow.Paragraph(section.Key, F.Small, PdfColours.Muted);
        flow.Paragraph(section.Citation, F.Small, PdfColours.Muted);
    }
}
