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
    private static string Pct(double? share) => share is { } s ? Display.Percent(s) : "—";

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
        var levels = insights.Entry.Score.Seniority;
        double M(SeniorityLevel level) => levels?.Multiplier(level) ?? 1;
        const string lede = "Automation score by task, sorted by weighted contribution, at each seniority level.";
        var rows = insights.Heatmap.Rows.Select(row => new[]
        {
            new PdfCell(row.Task.Task.Text),
            row.Task.Weight.ToString(CultureInfo.InvariantCulture),
            Display.Points(row.Task.Contribution),
        }.Concat(row.Cells.Select(c => new PdfCell(Display.Score(c.Feasibility), Fill: PdfColours.FromHex(c.Bin.Fill), Ink: PdfColours.FromHex(c.Bin.Text))))
         .ToArray()).ToList();
        PdfColumn[] columns =
            [new("Task", 0.53), PdfColumn.Number("Weight", 0.08), PdfColumn.Number("Contribution", 0.13),
             new("Entry", 0.09, PdfAlign.Center), new("Mid", 0.08, PdfAlign.Center), new("Senior", 0.09, PdfAlign.Center)];
        var caption = $"Task scores by seniority (multipliers {Display.Multiplier(M(SeniorityLevel.Entry))} / {Display.Multiplier(M(SeniorityLevel.Mid))} / {Display.Multiplier(M(SeniorityLevel.Senior))})";
        // The grid is read as a picture: when it fits on a page, it starts on one where it fits whole.
        var whole = flow.ParagraphHeight(lede, F.Body) + flow.ParagraphHeight(rule.Heatmap.Explanation, F.Body) + 12 + 2 * LegendLineHeight + 6 +
            flow.TableHeight(columns, rows, F.Small, F.SmallBold, caption);
        flow.Section(OccupationPdf.HeatmapTitle, whole <= flow.PageHeight - 40 ? whole : 0);
        flow.Paragraph(lede, F.Body);
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
        const string lede = "Related occupations where less of the work is within AI's reach, ranked.";
        var relations = string.Join(", ", rule.Relations.Select(r => $"{r.Wording} {r.Weight.ToString("0.0", CultureInfo.InvariantCulture)}"));
        var ranking = $"Of {plan.CandidateCount} related occupations considered, {plan.LowerCount} score lower than this one; the best " +
            $"{plan.Paths.Count} are shown. Ranking: {rule.Formulas.Single(f => f.Name == "Rank value").Formula}, where the relation weight is " +
            $"{relations} and the overlap floor is {rule.OverlapFloor.ToString(CultureInfo.InvariantCulture)}.";
        // The rule is read with the table: the heading and both paragraphs go where its first rows fit.
        flow.Section(OccupationPdf.PivotsTitle, flow.ParagraphHeight(lede, F.Body) + flow.ParagraphHeight(ranking, F.Body) + 12 + FirstRowsHeight);
        flow.Paragraph(lede, F.Body);
        flow.Paragraph(ranking, F.Body);
        if (plan.Paths.Count == 0)
        {
            flow.Paragraph("No related occupation scores lower than this one.", F.Body);
        }
        else
        {
            var rows = plan.Paths.Select(p => new PdfCell[]
            {
                new(p.Title, $"{p.Relation.Wording} · SOC {insights.Snapshot.ByCode(p.Code)?.Occupation.SocCode ?? p.Code}"),
                Display.Score(p.Score),
                Display.Points(p.ScoreChange),
                p.WageChange is { } w ? $"{(w >= 0 ? "+" : "−")}{Display.Dollars(Math.Abs(w))} ({Display.SignedPercent(p.WageChangePct)})" : "not published",
                $"{p.Candidate.OutlookWording ?? "—"}{(p.Candidate.ChangePct is { } c ? $" ({Display.SignedPercent(c)})" : "")}",
                p.Candidate.EntryEducation ?? "—",
                Pct(p.Overlap.Share),
                p.RankValue.ToString("0.0", CultureInfo.InvariantCulture),
            }).ToList();
            flow.Table(
                [new("Occupation", 0.22), PdfColumn.Number("Score", 0.07), PdfColumn.Number("Change", 0.08), PdfColumn.Number("Median wage change", 0.15),
                 new("Outlook", 0.14), new("Entry education", 0.14), PdfColumn.Number("Tasks in common", 0.1), PdfColumn.Number("Rank value", 0.1)],
                rows, F.Small, F.SmallBold, "Pivot paths, best first");
        }
        Formulas(flow, "How pivot paths are chosen", rule.Formulas);
    }

    private static void Wage(PdfPageFlow flow, ProInsights insights)
    {
        var rule = insights.Snapshot.Model.Pro.Wages;
        var wage = insights.Wage;
        const string lede = "How much of the work, and of the pay that goes with it, sits in tasks AI can largely do.";
        var explanation = $"{rule.Explanation} A task counts as exposed at a feasibility of {rule.ExposedThreshold.ToString(CultureInfo.InvariantCulture)} or more.";
        var rows = new List<PdfCell[]> { new PdfCell[] { "Share of work exposed", Pct(wage.ExposedShare), $"{wage.ExposedWeight} of {wage.RatedWeight} weighted task points" } };
        rows.AddRange(wage.ByLevel.Select(level => new PdfCell[]
            { $"… at {Display.Level(level.Level).ToLowerInvariant()} level", Pct(level.Share), $"multiplier {Display.Multiplier(level.Multiplier)}" }));
        rows.Add(["Median annual wage (BLS, 2024)", Display.Dollars(wage.Wage.MedianWage), ""]);
        rows.Add(["Pay tied to exposed tasks", Display.LargeDollars(wage.PayTiedToExposedTasks), "per median worker per year"]);
        rows.Add(["Wage bill tied to exposed tasks", Display.LargeDollars(wage.WageBillTiedToExposedTasks), "approximation: median wage × attributed employment × exposed share"]);
        PdfColumn[] columns = [new("Measure", 0.38), PdfColumn.Number("Value", 0.17), new("Basis", 0.45)];
        const string caption = "Exposure of work and pay";
        flow.Section(OccupationPdf.WageTitle, flow.ParagraphHeight(lede, F.Body) + flow.ParagraphHeight(explanation, F.Body) + 12 +
            flow.TableHeight(columns, rows, F.Small, F.SmallBold, caption));
        flow.Paragraph(lede, F.Body);
        flow.Paragraph(explanation, F.Body);
        flow.Table(columns, rows, F.Small, F.SmallBold, caption);

        if (insights.Comparison is { } cmp)
        {
            var groups = new[] { (insights.Entry.Category.ShortTitle, cmp.Category), ("All occupations", cmp.All) }
                .Where(x => x.Item2 is not null)
                .Select(x => new PdfCell[]
                {
                    x.Item1,
                    x.Item2!.OccupationCount.ToString(CultureInfo.InvariantCulture),
                    Pct(x.Item2.MeanExposedShare),
                    Display.LargeDollars(x.Item2.MeanPayTiedToExposedTasks),
                    $"{x.Item2.PercentileOfOccupations.ToString("0", CultureInfo.InvariantCulture)} / {x.Item2.PercentileOfWorkers.ToString("0", CultureInfo.InvariantCulture)}",
                }).ToList();
            flow.Table(
                [new("Group", 0.3), PdfColumn.Number("Occupations", 0.13), PdfColumn.Number("Mean exposed share", 0.15),
                 PdfColumn.Number("Mean pay tied to exposed tasks", 0.2), PdfColumn.Number("This occupation's percentile (occupations / workers)", 0.22)],
                groups, F.Small, F.SmallBold, "Compared with other occupations (employment-weighted)");
        }
        Formulas(flow, "How these figures are computed", rule.Formulas);
    }

    private static void Tools(PdfPageFlow flow, ProInsights insights)
    {
        var rule = insights.Snapshot.Model.Pro.Tools;
        flow.Section(OccupationPdf.ToolsTitle, PdfPageFlow.LineHeight(F.Body) + 6 + FirstRowsHeight);
        flow.Paragraph("The kinds of AI tool that do this occupation's most exposed tasks today.", F.Body);
        if (insights.Tools.Categories.Count == 0)
            flow.Paragraph($"None of this occupation's tasks reaches a feasibility of {rule.MinFeasibility.ToString(CultureInfo.InvariantCulture)}, so no tool is recommended.", F.Body);
        foreach (var c in insights.Tools.Categories)
        {
            flow.KeepTogether(PdfPageFlow.LineHeight(F.Subheading) + 3 * PdfPageFlow.LineHeight(F.Body));
            flow.Subheading(c.Category.Name, after: 2);
            flow.Paragraph(c.Category.Why, F.Body, after: 2);
            // Task statements end with a full stop; joined with semicolons, they read better without it.
            flow.Paragraph("For: " + string.Join("; ", c.Tasks.Select(t => t.Task.Text.TrimEnd('.'))) + ".", F.Small, PdfColours.Muted, after: 4);
        }
        flow.Paragraph("Kinds of tool, not products: we name no vendors. The catalogue is editorial and matched to task statements by keyword.",
            F.Small, PdfColours.Muted);
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
