using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reports;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Pdf;

/// <summary>Observed AI use in the occupation's work activities (Tomlinson et al. 2025), as the report page shows it.</summary>
internal static class PdfObservedUseSection
{
    private static PdfFonts F => PdfFonts.Instance;

    public static void Draw(PdfPageFlow flow, OccupationEntry e)
    {
        var use = e.Score.Signal(SignalKind.ObservedUse);
        flow.Section(OccupationPdf.ObservedUseTitle);
        if (!use.IsAvailable || e.WorkActivities.Count == 0)
        {
            flow.Paragraph($"Missing: the observed-use study (Tomlinson et al. 2025) has no data for SOC {e.Occupation.SocCode}, so this signal " +
                "weighs nothing here and no value is shown.", F.Body);
            return;
        }
        flow.Paragraph("Observed use of a consumer AI assistant (US, January–September 2024) in this occupation's work activities. The " +
            $"occupation's AI applicability score is {Display.Score(use.Value)} on a 0–100 scale.", F.Body);
        flow.Paragraph(Attributions.ObservedUseCaveat, F.Body, PdfColours.Muted);
        flow.Table([new("Work activity (O*NET)", 0.6), PdfColumn.Number("Share of conversations", 0.2), PdfColumn.Number("Goal completed", 0.2)],
            e.WorkActivities.Select(a => new PdfCell[] { a.Title, Display.Share(a.ShareOfUse), Display.Share(a.Completion) }).ToList(),
            F.Small, F.SmallBold, "The occupation's work activities with the most observed AI use");
        flow.Paragraph(Attributions.ObservedUse, F.Small, PdfColours.Muted);
    }
}
