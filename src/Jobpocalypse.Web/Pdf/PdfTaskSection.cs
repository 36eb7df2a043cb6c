using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;
using PdfSharp.Drawing;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// Task-level analysis: the editorial duties (with rationale and BLS evidence) where the occupation has them,
/// then every O*NET task with its score, weight, contribution and its labels in words.
/// </summary>
internal static class PdfTaskSection
{
    private static PdfFonts F => PdfFonts.Instance;

    public static void Draw(PdfPageFlow flow, OccupationEntry e, ScoringModel model)
    {
        var signal = e.Score.TaskSignal;
        flow.Section(OccupationPdf.TasksTitle);
        flow.Paragraph("Each task scored 0–100 for what current AI can do, weighted by O*NET's importance designation (Core 2, other 1). " +
            $"{signal.RatedCount} of {signal.Tasks.Count} tasks are rated; together they give a task signal of {Display.Score(signal.Value)}.", F.Body);

        if (e.Editorial.Count > 0 && e.Analysis is { } analysis)
        {
            flow.Paragraph("This analysis groups the occupation's O*NET tasks into the duties the Bureau of Labor Statistics describes and " +
                "says, for each, what current AI does and what stays with a person. Each duty's score and weight come from the O*NET " +
                "tasks it covers, and its stance follows from that score (see the methodology).", F.Body, after: 2);
            flow.Paragraph($"Analysis last reviewed {analysis.ReviewedText}.", F.Small, PdfColours.Muted);
            var number = 1;
            foreach (var duty in e.Editorial) Duty(flow, duty, number++, analysis, model);
            NotGrouped(flow, analysis);
            flow.Subheading("All O*NET tasks");
        }

        var rows = signal.Tasks.Select(t => new PdfCell[]
        {
            new(t.Task.Text, $"{Display.TaskType(model, t.Task.Type)} · {Labels(t.Task, model)}"),
            Display.Score(t.Feasibility),
            t.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Display.Points(t.Contribution),
        }).ToList();
        flow.Table([new("Task", 0.66), PdfColumn.Number("Score", 0.1), PdfColumn.Number("Weight", 0.1), PdfColumn.Number("Contribution", 0.14)],
            rows, F.Small, F.SmallBold, "O*NET 29.3 tasks, largest contribution first");
    }

    private static void Duty(PdfPageFlow flow, EditorialTaskScore duty, int number, EditorialAnalysis analysis, ScoringModel model)
    {
        var title = $"{number}. {duty.Task.Title}";
        var quote = duty.Task.BlsEvidence is { } q ? $"BLS: “{q}”" : null;
        var attribution = $"U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, {analysis.ProfileTitle}, “What they do”, {analysis.ProfileUrl}";
        var covered = duty.Covered.Select(c => $"{c.Task.Text} (task {c.Task.TaskId}, score {Display.Score(c.Feasibility)}, weight {c.Weight})").ToList();
        var quoteHeight = quote is null ? 0 : flow.ParagraphHeight(quote, F.Body, 12) + 1 + flow.ParagraphHeight(attribution, F.Small, 12) + 3;
        // A duty is read as one block: it starts a new page unless it fits whole on this one.
        flow.KeepTogether(7 + flow.ParagraphHeight(title, F.Subheading) + 18 + flow.ParagraphHeight(duty.Task.Rationale, F.Body) + 4 +
            quoteHeight + PdfPageFlow.LineHeight(F.SmallBold) + 2 + covered.Sum(c => flow.BulletHeight(c, F.Small) + 1));
        flow.Subheading(title, after: 1);
        var figures = $"{model.StanceFor(duty.Feasibility).Label} · Score {Display.Score(duty.Feasibility)} · Weight {duty.Weight} · " +
            $"Contribution {Display.Points(duty.Contribution)} points";
        flow.Drawing(14, (g, r) =>
        {
            g.DrawString(figures, F.SmallBold, flow.Brush(PdfColours.Ink), new XRect(r.X, r.Y, r.Width, r.Height), XStringFormats.CenterLeft);
            // The meter: the duty's score out of 100, as on the site.
            var meter = new XRect(r.X + flow.Measure(figures, F.SmallBold) + 12, r.Y + 4, 120, 6);
            g.DrawRectangle(flow.Brush(PdfColours.Tint), meter);
            g.DrawRectangle(flow.Brush(PdfColours.Accent), meter.X, meter.Y, (duty.Feasibility ?? 0) / 100 * meter.Width, meter.Height);
        }, after: 3);
        flow.Paragraph(duty.Task.Rationale, F.Body, after: 4);
        if (quote is not null)
        {
            flow.Quote(quote, F.Body, PdfColours.Muted, after: 1);
            flow.Paragraph(attribution, F.Small, PdfColours.Muted, after: 3, indent: 12);
        }
        flow.Paragraph($"O*NET tasks covered ({duty.Covered.Count}):", F.SmallBold, after: 2);
        foreach (var c in covered) flow.Bullet(c, F.Small, PdfColours.Muted, after: 1);
        flow.Space(6);
    }

    private static void NotGrouped(PdfPageFlow flow, EditorialAnalysis analysis)
    {
        if (analysis.NotGrouped.Count == 0) return;
        flow.Subheading("O*NET tasks under no duty");
        foreach (var n in analysis.NotGrouped)
            flow.Bullet($"{n.Task.Task.Text} (task {n.Task.Task.TaskId}, score {Display.Score(n.Task.Feasibility)}): {n.Reason}", F.Small, PdfColours.Muted, after: 1);
        flow.Space(6);
    }

    /// <summary>A task's labels in words, as the report page writes them.</summary>
    private static string Labels(TaskInput t, ScoringModel m)
    {
        if (t.Exposure is null) return "Not rated: the published label set has no label for this task.";
        var text = $"GPT-4: {m.Exposure(t.Exposure.Value).Name} ({t.Exposure})";
        if (t.Automation is { } a) text += $", {m.Automation(a).Name.ToLowerInvariant()} ({a})";
        return t.HumanExposure is { } h ? $"{text}; human raters: {m.Exposure(h).Name.ToLowerInvariant()} ({h})" : text;
    }
}
