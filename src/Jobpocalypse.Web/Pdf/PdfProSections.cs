using Jobpocalypse.Web.Reports;
using PdfSharp.Drawing;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// Sets the four Pro sections of the report model (task heatmap, career pivot paths, wage impact, AI tool
/// recommendations), as the page's _ProSections.cshtml does. Every downloadable PDF has them.
/// </summary>
internal static class PdfProSections
{
    private static PdfFonts F => PdfFonts.Instance;
    /// <summary>Room for a caption, a heading row and two rows of a table, or a tool's name and first lines: what a section's heading keeps with it.</summary>
    private const double FirstRowsHeight = 90;
    private const double LegendLineHeight = 15;

    public static void Draw(PdfPageFlow flow, ProReport pro)
    {
        Heatmap(flow, pro.Heatmap);
        Pivots(flow, pro.Pivots);
        Wage(flow, pro.Wage);
        Tools(flow, pro.Tools);
    }

    private static void Heatmap(PdfPageFlow flow, ProHeatmapSection s)
    {
        var legend = LayoutLegend(flow, s.Legend);
        var legendHeight = (legend.Count == 0 ? 0 : legend.Max(l => l.Line) + 1) * LegendLineHeight;
        // The grid is read as a picture: when it fits on a page, it starts on one where it fits whole.
        var whole = flow.ParagraphHeight(ProHeatmapSection.Lede, F.Body) + flow.ParagraphHeight(s.Explanation, F.Body) + 12 + legendHeight + 6 +
            PdfReportTable.Height(flow, s.Table, F.Small, F.SmallBold);
        flow.Section(ProHeatmapSection.Heading, whole <= flow.PageHeight - 40 ? whole : 0);
        flow.Paragraph(ProHeatmapSection.Lede, F.Body);
        flow.Paragraph(s.Explanation, F.Body);
        flow.Drawing(legendHeight, (g, r) =>
        {
            foreach (var (swatch, lx, line) in legend)
            {
                var y = r.Y + line * LegendLineHeight;
                g.DrawRectangle(new XPen(PdfColours.Muted, 0.5), flow.Brush(PdfColours.FromHex(swatch.Fill)), r.X + lx, y + 2, 10, 10);
                g.DrawString(swatch.Label, F.Small, flow.Brush(PdfColours.Ink), new XRect(r.X + lx + 14, y, r.Width, LegendLineHeight), XStringFormats.TopLeft);
            }
        });
        PdfReportTable.Draw(flow, s.Table, F.Small, F.SmallBold);
    }

    /// <summary>The colour scale: a swatch and its label per bin, wrapped onto as many lines as it needs.</summary>
    private static List<(HeatmapSwatch Swatch, double X, int Line)> LayoutLegend(PdfPageFlow flow, IReadOnlyList<HeatmapSwatch> swatches)
    {
        const double swatchWidth = 10, gap = 14;
        var placed = new List<(HeatmapSwatch, double, int)>();
        double x = 0;
        var line = 0;
        foreach (var swatch in swatches)
        {
            var width = swatchWidth + 4 + flow.Measure(swatch.Label, F.Small);
            if (x > 0 && x + width > flow.Width) { line++; x = 0; }
            placed.Add((swatch, x, line));
            x += width + gap;
        }
        return placed;
    }

    private static void Pivots(PdfPageFlow flow, ProPivotsSection s)
    {
        flow.Section(ProPivotsSection.Heading, flow.ParagraphHeight(ProPivotsSection.Lede, F.Body) + flow.ParagraphHeight(s.Summary, F.Body) + 12 + FirstRowsHeight);
        flow.Paragraph(ProPivotsSection.Lede, F.Body);
        flow.Paragraph(s.Summary, F.Body);
        if (s.None is { } none) flow.Paragraph(none, F.Body);
        foreach (var p in s.Paths)
        {
            flow.KeepTogether(PdfPageFlow.LineHeight(F.Subheading) + 6 * PdfPageFlow.LineHeight(F.Body));
            flow.Subheading(p.PaperHeading, after: 2);
            flow.Paragraph(p.Closeness, F.BodyBold, after: 2);
            foreach (var fact in p.Facts) flow.Bullet(fact, F.Body, after: 1);
            flow.Paragraph(ProPivotsSection.CarryOverHeading, F.SmallBold, after: 1);
            foreach (var m in p.CarryOver) flow.Bullet(m, F.Small, after: 1);
            flow.Paragraph(ProPivotsSection.ToLearnHeading, F.SmallBold, after: 1);
            if (p.NothingToLearn is { } nothing) flow.Bullet(nothing, F.Small, after: 1);
            foreach (var t in p.ToLearn) flow.Bullet(t, F.Small, after: 1);
            flow.Space(4);
        }
        Formulas(flow, ProPivotsSection.FormulasHeading, s.Formulas);
    }

    private static void Wage(PdfPageFlow flow, ProWageSection s)
    {
        flow.Section(ProWageSection.Heading, flow.ParagraphHeight(ProWageSection.Lede, F.Body) + flow.ParagraphHeight(s.Share, F.Body) + FirstRowsHeight);
        flow.Paragraph(ProWageSection.Lede, F.Body);
        flow.Paragraph(s.Share, F.BodyBold);
        flow.Paragraph(s.ObservedUse, F.Body);
        flow.Paragraph(s.Pay, F.Body);
        if (s.Levels is { } levels) PdfReportTable.Draw(flow, levels, F.Small, F.SmallBold);
        flow.Paragraph(s.Notes, F.Small, PdfColours.Muted);
        flow.Paragraph(s.Comparison, F.Body);
        if (s.Groups is { } groups) PdfReportTable.Draw(flow, groups, F.Small, F.SmallBold);
        Formulas(flow, ProWageSection.FormulasHeading, s.Formulas);
    }

    private static void Tools(PdfPageFlow flow, ProToolsSection s)
    {
        flow.Section(ProToolsSection.Heading, PdfPageFlow.LineHeight(F.Body) + 6 + FirstRowsHeight);
        flow.Paragraph(ProToolsSection.Lede, F.Body);
        if (s.None is { } none) flow.Paragraph(none, F.Body);
        foreach (var c in s.Tools)
        {
            flow.KeepTogether(PdfPageFlow.LineHeight(F.Subheading) + 4 * PdfPageFlow.LineHeight(F.Body));
            flow.Subheading(c.Name, after: 2);
            flow.Paragraph(ProToolsSection.TasksHeading, F.SmallBold, after: 1);
            foreach (var t in c.Tasks) flow.Bullet(t, F.Small, after: 1);
            flow.Paragraph(c.Does, F.Body, after: 2);
            flow.Paragraph(c.Checks, F.Body, after: 4);
        }
        flow.Paragraph(ProToolsSection.Note, F.Small, PdfColours.Muted);
        Formulas(flow, ProToolsSection.FormulasHeading, s.Formulas);
    }

    /// <summary>A rule's formulas in words, as the methodology page lists them.</summary>
    private static void Formulas(PdfPageFlow flow, string title, IReadOnlyList<string> formulas)
    {
        flow.KeepTogether(PdfPageFlow.LineHeight(F.SmallBold) + 2 * PdfPageFlow.LineHeight(F.Small));
        flow.Paragraph(title, F.SmallBold, PdfColours.Muted, after: 2);
        foreach (var f in formulas) flow.Bullet(f, F.Small, PdfColours.Muted, after: 1);
        flow.Space(4);
    }
}
