using Jobpocalypse.Web.Reports;

namespace Jobpocalypse.Web.Pdf;

/// <summary>Sets the sources section of the report model: external signals, the BLS figures, every attribution word for word.</summary>
internal static class PdfSourcesSection
{
    private static PdfFonts F => PdfFonts.Instance;

    public static void Draw(PdfPageFlow flow, SourcesSection section)
    {
        flow.Section(SourcesSection.Heading);
        flow.Paragraph(SourcesSection.Lede, F.Body);
        for (var i = 0; i < section.Signals.Count; i++)
        {
            var signal = section.Signals[i];
            flow.Bullet(signal.Note is { } note ? $"{signal.Text} — {note}" : signal.Text.ToString(), F.Body, after: i == section.Signals.Count - 1 ? 8 : 3);
        }
        if (section.Bls is { } bls) PdfReportTable.Draw(flow, bls, F.Small, F.SmallBold);
        else flow.Paragraph(section.NoProjection!, F.Body);
        if (section.Handbook is { } ooh) flow.Paragraph($"{SourcesSection.HandbookLabel}{ooh.Title} ({ooh.Group}), {ooh.Url}", F.Body);

        flow.Subheading(SourcesSection.AttributionHeading);
        foreach (var attribution in section.Attributions) flow.Bullet(attribution, F.Small);
        flow.Paragraph(SourcesSection.LinksOnPaper, F.Small, PdfColours.Muted);
    }
}
