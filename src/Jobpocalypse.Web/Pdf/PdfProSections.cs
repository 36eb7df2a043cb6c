using Jobpocalypse.Scoring;
using System.Globalization;
using Jobpocalypse.Scoring.Pro;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Pro;
using PdfSharp.Drawing;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// The four Pro features, with the figures and wording of the report page's Pro sections (_ProSections.cshtml):
/// task heatmap, career pivot paths, wage impact and AI tool recommendations. Every downloadable PDF has them.
/// </summary>
internal static class PdfProSections
{
    private static PdfFonts F => PdfFonts.Instance;
    /// <summary>Room for a caption, a heading row and two rows of a table, or a tool's name and first lines: what a section's heading keeps with it.</summary>
    private const double FirstRowsHeight = 90;

    public static void Draw(PdfPageFlow flow, ProInsights insights)
    {
        Heatmap(flow, insights);
        Pivots(flow, insights);
        Wage(flow, insights);
        Tools(flow, insights);
    }

    private static void Heatmap(PdfPageFlow flow, ProInsights insights)
    {
        var rule = insights.Snapshot.Model.Pro;
        var rows = insights.Heatmap.Rows.Select(row => new[]
        {
            new PdfCell(row.Task.Task.Text, $"{(row.Task.IsRated ? $"feasibility {Display.Score(row.Task.Feasibility)}" : "not rated")}; {ProText.TiltWords(row.Tilt)}"),
        }.Concat(row.Cells.Select(c => new PdfCell(ProText.Pct(c.Share), Fill: PdfColours.FromHex(c.Bin.Fill), Ink: PdfColours.FromHex(c.Bin.Text))))
         .ToArray()).ToList();
        if (insights.Wage.ByLevel.Count > 0)
            rows.Add([new PdfCell("Expected share AI can do", Bold: true), .. insights.Wage.ByLevel.Select(l => new PdfCell(ProText.Pct(l.Expected), Bold: true))]);
        PdfColumn[] columns =
            [new("Task", 0.64), new("Entry", 0.12, PdfAlign.Center), new("Mid", 0.12, PdfAlign.Center), new("Senior", 0.12, PdfAlign.Center)];
        const string caption = "Share of each level's work time by task; colour: how much of the task AI can do";
        // The grid is read as a picture: when it fits on a page, it starts on one where it fits whole.
        var whole = flow.ParagraphHeight(ProText.HeatmapLede, F.Body) + flow.ParagraphHeight(rule.Heatmap.Explanation, F.Body) + 12 + 2 * LegendLineHeight + 6 +
            flow.TableHeight(columns, rows, F.Small, F.SmallBold, caption);
        flow.Section(ProText.HeatmapTitle, whole <= flow.PageHeight - 40 ? whole : 0);
        flow.Paragraph(ProText.HeatmapLede, F.Body);
        flow.Paragraph(rule.Heatmap.Explanation, F.Body);
        Legend(flow, insights.Heatmap);
        flow.Table(columns, rows, F.Small, F.SmallBold, caption);
    }

    private const double LegendLineHeight = 15;

    /// <summary>The colour scale: a swatch and "name (range)" per bin, wrapped onto as many lines as it needs.</summary>
    private static void Legend(PdfPageFlow flow, TaskHeatmap heatmap)
    {
        const double swatch = 10, gap = 14, lineHeight = LegendLineHeight;
        var placed = new List<(HeatmapBin Bin, string Label, double X, int Line)>();
        double x = 0;
        var line = 0;
        foreach (var bin in heatmap.Legend)
        {
            var label = bin == heatmap.Scale.NotRated ? bin.Name : $"{bin.Name} ({bin.Range})";
            var width = swatch + 4 + flow.Measure(label, F.Small);
            if (x > 0 && x + width > flow.Width) { line++; x = 0; }
            placed.Add((bin, label, x, line));
            x += width + gap;
        }
        flow.Drawing((line + 1) * lineHeight, (g, r) =>
        {
            foreach (var (bin, label, lx, l) in placed)
            {
                var y = r.Y + l * lineHeight;
                g.DrawRectangle(new XPen(PdfColours.Muted, 0.5), flow.Brush(PdfColours.FromHex(bin.Fill)), r.X + lx, y + 2, swatch, swatch);
                g.DrawString(label, F.Small, flow.Brush(PdfColours.Ink), new XRect(r.X + lx + swatch + 4, y, r.Width, lineHeight), XStringFormats.TopLeft);
            }
        });
    }

    private static void Pivots(PdfPageFlow flow, ProInsights insights)
    {
        var rule = insights.Snapshot.Model.Pro.Pivots;
        var plan = insights.Pivots;
        var summary = ProText.PivotSummary(insights);
        flow.Section(ProText.PivotsTitle, flow.ParagraphHeight(ProText.PivotLede, F.Body) + flow.ParagraphHeight(summary, F.Body) + 12 + FirstRowsHeight);
        flow.Paragraph(ProText.PivotLede, F.Body);
        flow.Paragraph(summary, F.Body);
        if (plan.Paths.Count == 0) flow.Paragraph(ProText.PivotNone(insights), F.Body);
        foreach (var (p, i) in plan.Paths.Select((p, i) => (p, i + 1)))
        {
            flow.KeepTogether(PdfPageFlow.LineHeight(F.Subheading) + 6 * PdfPageFlow.LineHeight(F.Body));
            flow.Subheading($"{i}. {p.Title} (SOC {insights.Snapshot.ByCode(p.Code)?.Occupation.SocCode ?? p.Code})", after: 2);
            flow.Paragraph(ProText.Closeness(p), F.BodyBold, after: 2);
            foreach (var line in new[] { ProText.ScoreLine(p), ProText.WageLine(p), ProText.OutlookLine(p), ProText.EducationLine(p) })
                flow.Bullet(line, F.Body, after: 1);
            flow.Paragraph("Tasks that carry over", F.SmallBold, after: 1);
            foreach (var m in p.CarryOver) flow.Bullet(ProText.CarryOver(m), F.Small, after: 1);
            flow.Paragraph("Tasks to learn", F.SmallBold, after: 1);
            if (p.ToLearn.Count == 0) flow.Bullet("Every task of theirs has a close match here.", F.Small, after: 1);
            foreach (var t in p.ToLearn) flow.Bullet(ProText.ToLearn(t), F.Small, after: 1);
            flow.Space(4);
        }
        Formulas(flow, "How pivot paths are chosen", rule.Formulas);
    }

    private static void Wage(PdfPageFlow flow, ProInsights insights)
    {
        var rule = insights.Snapshot.Model.Pro.Wages;
        var wage = insights.Wage;
        var share = ProText.ShareSentence(insights);
        flow.Section(ProText.WageTitle, flow.ParagraphHeight(ProText.WageLede, F.Body) + flow.ParagraphHeight(share, F.Body) + FirstRowsHeight);
        flow.Paragraph(ProText.WageLede, F.Body);
        flow.Paragraph(share, F.BodyBold);
        flow.Paragraph(ProText.ObservedUse(insights), F.Body);
        flow.Paragraph(ProText.PaySentence(insights), F.Body);
        if (wage.ByLevel.Count > 0)
        {
            var rows = wage.ByLevel.Select(l => new PdfCell[]
            {
                Display.Level(l.Level), ProText.Pct(l.Expected), ProText.Range(l.Low, l.High), ProText.Pct(l.Gpt4Exposure),
                ProText.Pct(l.HumanExposure), Display.LargeDollars(wage.Pay(l.Expected)),
            }).ToList();
            flow.Table(
                [new("Level", 0.16), PdfColumn.Number("Expected share", 0.16), PdfColumn.Number("Range", 0.2), PdfColumn.Number("GPT-4 label", 0.15),
                 PdfColumn.Number("Human label", 0.15), PdfColumn.Number("Pay with the share", 0.18)],
                rows, F.Small, F.SmallBold, "Share of work time AI can do, and the pay that goes with it");
        }
        flow.Paragraph($"{rule.Explanation} {rule.Range} {ProText.HumanLabels(insights)}", F.Small, PdfColours.Muted);
        flow.Paragraph(ProText.Comparison(insights), F.Body);
        if (insights.Comparison is { } cmp)
        {
            var groups = new[] { (insights.Entry.Category.ShortTitle, cmp.Category), ("All occupations", cmp.All) }
                .Where(x => x.Item2 is not null)
                .Select(x => new PdfCell[]
                {
                    x.Item1,
                    x.Item2!.OccupationCount.ToString(CultureInfo.InvariantCulture),
                    ProText.Pct(x.Item2.MeanExpectedShare),
                    Display.LargeDollars(x.Item2.MeanPay),
                    $"{x.Item2.PercentileOfOccupations.ToString("0", CultureInfo.InvariantCulture)} / {x.Item2.PercentileOfWorkers.ToString("0", CultureInfo.InvariantCulture)}",
                }).ToList();
            flow.Table(
                [new("Group", 0.3), PdfColumn.Number("Occupations", 0.13), PdfColumn.Number("Mean expected share", 0.15),
                 PdfColumn.Number("Mean pay with the share", 0.2), PdfColumn.Number("This occupation's percentile (occupations / workers)", 0.22)],
                groups, F.Small, F.SmallBold, "Compared with other occupations (employment-weighted, mid level)");
        }
        Formulas(flow, "How these figures are computed", rule.Formulas);
    }

    private static void Tools(PdfPageFlow flow, ProInsights insights)
    {
        var rule = insights.Snapshot.Model.Pro.Tools;
        flow.Section(ProText.ToolsTitle, PdfPageFlow.LineHeight(F.Body) + 6 + FirstRowsHeight);
        flow.Paragraph(ProText.ToolLede, F.Body);
        if (insights.Tools.Categories.Count == 0) flow.Paragraph(ProText.ToolsNone(insights), F.Body);
        foreach (var c in insights.Tools.Categories)
        {
            flow.KeepTogether(PdfPageFlow.LineHeight(F.Subheading) + 4 * PdfPageFlow.LineHeight(F.Body));
            flow.Subheading(c.Category.Name, after: 2);
            flow.Paragraph("Tasks it serves here", F.SmallBold, after: 1);
            foreach (var t in c.Tasks) flow.Bullet(ProText.ToolTask(t), F.Small, after: 1);
            flow.Paragraph(ProText.ToolDoes(c), F.Body, after: 2);
            flow.Paragraph(ProText.ToolChecks(c), F.Body, after: 4);
        }
        flow.Paragraph(ProText.ToolNote, F.Small, PdfColours.Muted);
        Formulas(flow, "How tools are matched", rule.Formulas);
    }

    /// <summary>A rule's formulas in words, as the methodology page lists them.</summary>
    private static void Formulas(PdfPageFlow flow, string title, IReadOnlyList<FormulaText> formulas)
    {
        flow.KeepTogether(PdfPageFlow.LineHeight(F.SmallBold) + 2 * PdfPageFlow.LineHeight(F.Small));
        flow.Paragraph(title, F.SmallBold, PdfColours.Muted, after: 2);
        foreach (var f in formulas) flow.Bullet($"{f.Name}: {f.Formula}.", F.Small, PdfColours.Muted, after: 1);
        flow.Space(4);
    }
}
