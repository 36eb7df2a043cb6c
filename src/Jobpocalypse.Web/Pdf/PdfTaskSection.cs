using Jobpocalypse.Web.Reports;
using PdfSharp.Drawing;

namespace Jobpocalypse.Web.Pdf;

/// <summary>Sets the task-level analysis of the report model: the editorial duties, each kept on one page, then every O*NET task.</summary>
internal static class PdfTaskSection
{
    private static PdfFonts F => PdfFonts.Instance;

    public static void Draw(PdfPageFlow flow, TasksSection section)
    {
        flow.Section(TasksSection.Heading);
        flow.Paragraph(section.Lede.ToString(), F.Body);

        if (section.Editorial is { } editorial)
        {
            flow.Paragraph(EditorialPart.IntroOnPaper, F.Body, after: 2);
            flow.Paragraph(editorial.ReviewedPhrase.ToString(), F.Small, PdfColours.Muted);
            var number = 1;
            foreach (var duty in editorial.Duties) Duty(flow, duty, number++);
            if (editorial.NotGrouped.Count > 0)
            {
                flow.Subheading(EditorialPart.NotGroupedHeading);
                foreach (var n in editorial.NotGrouped) flow.Bullet(n.ToString(), F.Small, PdfColours.Muted, after: 1);
                flow.Space(6);
            }
            flow.Subheading(EditorialPart.AllTasksHeading);
        }

        PdfReportTable.Draw(flow, section.Tasks, F.Small, F.SmallBold);
    }

    private static void Duty(PdfPageFlow flow, Duty duty, int number)
    {
        var title = $"{number}. {duty.Title}";
        var attribution = duty.Evidence is { } e ? $"{e.SourceBefore}{e.ProfileTitle}{e.SourceAfter}, {e.ProfileUrl}" : null;
        var covered = duty.Covered.Select(c => c.ToString()).ToList();
        var quoteHeight = duty.Evidence is null ? 0 : flow.ParagraphHeight(duty.Evidence.Quote, F.Body, 12) + 1 + flow.ParagraphHeight(attribution!, F.Small, 12) + 3;
        // A duty is read as one block: it starts a new page unless it fits whole on this one.
        flow.KeepTogether(7 + flow.ParagraphHeight(title, F.Subheading) + 18 + flow.ParagraphHeight(duty.Rationale, F.Body) + 4 +
            quoteHeight + PdfPageFlow.LineHeight(F.SmallBold) + 2 + covered.Sum(c => flow.BulletHeight(c, F.Small) + 1));
        flow.Subheading(title, after: 1);
        var figures = string.Join(" · ", [duty.StanceLabel, .. duty.Figures.Select(f => f.ToString())]);
        flow.Drawing(14, (g, r) =>
        {
            g.DrawString(figures, F.SmallBold, flow.Brush(PdfColours.Ink), new XRect(r.X, r.Y, r.Width, r.Height), XStringFormats.CenterLeft);
            // The meter: the duty's score out of 100, as on the site.
            var meter = new XRect(r.X + flow.Measure(figures, F.SmallBold) + 12, r.Y + 4, 120, 6);
            g.DrawRectangle(flow.Brush(PdfColours.Tint), meter);
            g.DrawRectangle(flow.Brush(PdfColours.Accent), meter.X, meter.Y, duty.Meter / 100 * meter.Width, meter.Height);
        }, after: 3);
        flow.Paragraph(duty.Rationale, F.Body, after: 4);
        if (duty.Evidence is { } evidence)
        {
            flow.Quote(evidence.Quote, F.Body, PdfColours.Muted, after: 1);
            flow.Paragraph(attribution!, F.Small, PdfColours.Muted, after: 3, indent: 12);
        }
        flow.Paragraph($"{duty.CoveredHeading}:", F.SmallBold, after: 2);
        foreach (var c in covered) flow.Bullet(c, F.Small, PdfColours.Muted, after: 1);
        flow.Space(6);
    }
}
