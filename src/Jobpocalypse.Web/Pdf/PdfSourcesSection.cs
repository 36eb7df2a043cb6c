using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reports;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Pdf;

/// <summary>The external signals, the BLS figures behind them, and every source's attribution in the words the sources ask for.</summary>
internal static class PdfSourcesSection
{
    private static PdfFonts F => PdfFonts.Instance;

    public static void Draw(PdfPageFlow flow, OccupationEntry e)
    {
        var s = e.Score;
        var p = e.Projection;
        flow.Section(OccupationPdf.SourcesTitle);
        flow.Paragraph("The published priors and BLS fields behind the signals that are not task scores.", F.Body);
        flow.Bullet($"Felten–Raj–Seamans language-modeling AI exposure: {s.Signal(SignalKind.AiExposurePrior).Detail}", F.Body);
        flow.Bullet($"Observed AI use (Tomlinson et al. 2025): {s.Signal(SignalKind.ObservedUse).Detail}", F.Body);
        flow.Bullet(e.Outlook is { } o
            ? $"BLS projected outlook: {o.Wording} ({Display.SignedPercent(p?.ChangePct)}, 2024–34)" +
              (o.FromBls ? "" : " — wording derived from this occupation's own projection with BLS's thresholds (its Handbook profile covers several occupations or has no wording)")
            : "BLS projected outlook: no projection", F.Body);
        flow.Bullet("Hiring demand signal: pending, no public source yet (its share goes to the other market signals)", F.Body);
        flow.Bullet($"BLS typical entry-level education: {p?.EntryEducation ?? "not published"}", F.Body);
        flow.Bullet($"Credential trend (annual refresh): {s.Signal(SignalKind.CredentialTrend).Detail}", F.Body, after: 8);

        if (p is not null)
        {
            flow.Table([new("Measure", 0.5), PdfColumn.Number("Value", 0.5)],
            [
                ["Employment 2024", Display.Thousands(p.EmploymentStart)],
                ["Projected employment 2034", Display.Thousands(p.EmploymentEnd)],
                ["Change 2024–34", Display.SignedPercent(p.ChangePct)],
                ["Openings per year", Display.Thousands(p.Openings)],
                ["Median annual wage 2024", Display.Dollars(p.MedianWage)],
                ["Typical entry education", p.EntryEducation ?? "—"],
                ["Work experience", p.WorkExperience ?? "—"],
                ["On-the-job training", p.Training ?? "—"],
            ], F.Small, F.SmallBold, $"BLS Employment Projections 2024–34 for {p.Title} (SOC {p.SocCode})");
        }
        else
        {
            flow.Paragraph($"BLS publishes no 2024–34 projection for SOC {e.Occupation.SocCode}.", F.Body);
        }
        if (e.Ooh is { } ooh)
            flow.Paragraph($"Occupational Outlook Handbook: {ooh.Title} ({ooh.GroupName}), {ooh.Url}", F.Body);

        flow.Subheading("Attribution");
        flow.Bullet(Attributions.Onet, F.Small);
        flow.Bullet($"Task labels: {Attributions.Eloundou2023} Data under the MIT licence.", F.Small);
        flow.Bullet($"AI exposure prior: {Attributions.Aioe2021}; and {Attributions.LmAioe2023}", F.Small);
        flow.Bullet($"Observed AI use: {Attributions.ObservedUse}", F.Small);
        flow.Bullet("Employment, wages, education and outlook: U.S. Bureau of Labor Statistics, Employment Projections and " +
            "Occupational Outlook Handbook (public domain).", F.Small);
        flow.Paragraph("Every source and licence is listed on the site's Sources page (/sources); how the score is computed, with every " +
            "formula and constant, on its Methodology page (/methodology).", F.Small, PdfColours.Muted);
    }
}
