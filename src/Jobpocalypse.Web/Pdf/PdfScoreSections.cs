using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;
using PdfSharp.Drawing;

namespace Jobpocalypse.Web.Pdf;

/// <summary>How the overall score is made (signal composition) and how it changes with seniority, as the report page shows them.</summary>
internal static class PdfScoreSections
{
    private static PdfFonts F => PdfFonts.Instance;

    public static void Signals(PdfPageFlow flow, OccupationScore s, ScoringModel model)
    {
        flow.Section(OccupationPdf.SignalsTitle);
        if (!s.IsRated)
        {
            flow.Paragraph("Not rated: no task of this occupation carries a published label, so there is no evidence to assemble.", F.Body);
            return;
        }
        flow.Paragraph("How the 0–100 score is assembled: the evidence of what AI can do leads, and market signals adjust it within limits. " +
            "The light bar is each evidence signal's value, the dark bar the points it adds to what AI can do.", F.Body);
        var evidence = s.InGroup(SignalGroup.Evidence).ToList();
        const double rowHeight = 15;
        flow.Drawing((evidence.Count + 2) * rowHeight, (g, r) => SignalChart(flow, g, r, s, evidence, rowHeight));

        flow.Subheading($"What AI can do: {Display.Score(s.Evidence)}");
        flow.Paragraph($"The task signal weighs this occupation's rated task weight ({Display.Number(s.TaskSignal.RatedWeight)}); the prior and " +
            $"observed use weigh {Display.Number(model.Signal(SignalKind.AiExposurePrior).Weight)} and {Display.Number(model.Signal(SignalKind.ObservedUse).Weight)} " +
            "in the same units, so the more tasks are rated, the less they count.", F.Body);
        var rows = evidence.Select(signal => new PdfCell[]
        {
            new(signal.Definition.Name, signal.Detail), Value(signal), Display.Number(signal.Weight), Display.Percent(signal.EffectiveWeight),
            Display.Points(signal.Contribution), new(signal.Definition.Source, signal.Definition.AsOf),
        }).Append([new("What AI can do", Bold: true), new(Display.Score(s.Evidence), Bold: true), "", "100%", new(Display.Points(s.Evidence), Bold: true), ""]).ToList();
        flow.Table(
            [new("Signal", 0.27), PdfColumn.Number("Value", 0.09), PdfColumn.Number("Weight", 0.09), PdfColumn.Number("Share", 0.1),
             PdfColumn.Number("Points", 0.1), new("Source", 0.35)],
            rows, F.Small, F.SmallBold, "Evidence signals, weights and contributions");

        var market = s.InGroup(SignalGroup.Market).ToList();
        flow.Subheading($"Market adjustment: {Display.SignedPoints(s.Market!.Applied)} points");
        flow.Paragraph($"{model.Market.Explanation} The adjustment is at most ±{Display.Number(model.Market.MaxPoints)} points.", F.Body);
        var marketRows = market.Select(signal => new PdfCell[]
        {
            new(signal.Definition.Name, signal.Detail), Value(signal), Display.Percent(signal.EffectiveWeight),
            signal.Contribution is { } c ? Display.SignedPoints(c) : "—", new(signal.Definition.Source, signal.Definition.AsOf),
            Display.Freshness(signal.Definition.Freshness),
        }).Append([new("Overall", Bold: true), new(Display.Score(s.Overall), Bold: true), "", new(Display.SignedPoints(s.Market.Applied), Bold: true),
            $"what AI can do {Display.Points(s.Evidence)}, market {Display.SignedPoints(s.Market.Applied)}", ""]).ToList();
        flow.Table(
            [new("Signal", 0.27), PdfColumn.Number("Value", 0.09), PdfColumn.Number("Share", 0.1), PdfColumn.Number("Points", 0.1),
             new("Source", 0.29), new("Freshness", 0.15)],
            marketRows, F.Small, F.SmallBold, "Market signals and the points they move the score by");
        if (s.Market.IsLimitedByBand)
            flow.Paragraph($"The market signals alone would move the score by {Display.SignedPoints(s.Market.Raw)} points; it is kept inside the " +
                $"{Display.BandName(s.Band)} band that the evidence gives, because market signals never overturn it.", F.Body, PdfColours.Muted);
    }

    private static string Value(SignalScore signal) =>
        signal.IsAvailable ? Display.Score(signal.Value) : signal.Definition.Freshness == Freshness.Pending ? "pending" : "no data";

    private static void SignalChart(PdfPageFlow flow, XGraphics g, XRect r, OccupationScore s, IReadOnlyList<SignalScore> evidence, double rowHeight)
    {
        const double labelWidth = 120, valueWidth = 34;
        var trackWidth = r.Width - labelWidth - valueWidth;
        var y = r.Y;
        foreach (var signal in evidence)
        {
            var track = new XRect(r.X + labelWidth, y + 2, trackWidth, rowHeight - 4);
            g.DrawString(signal.Definition.Name, F.Small, flow.Brush(PdfColours.Ink), new XRect(r.X, y, labelWidth, rowHeight), XStringFormats.CenterLeft);
            g.DrawRectangle(new XPen(PdfColours.Line, 0.5), flow.Brush(PdfColours.Tint), track);
            if (signal.IsAvailable)
            {
                g.DrawRectangle(flow.Brush(PdfColours.SignalValue), track.X, track.Y, signal.Value!.Value / 100 * trackWidth, track.Height);
                g.DrawRectangle(flow.Brush(PdfColours.Accent), track.X, track.Y + track.Height / 4, (signal.Contribution ?? 0) / 100 * trackWidth, track.Height / 2);
                g.DrawString(Display.Score(signal.Value), F.Small, flow.Brush(PdfColours.Ink), new XRect(track.Right, y, valueWidth, rowHeight), XStringFormats.CenterRight);
            }
            else
            {
                g.DrawString("no data", F.Small, flow.Brush(PdfColours.Muted),
                    new XRect(track.X + 6, y, trackWidth, rowHeight), XStringFormats.CenterLeft);
            }
            y += rowHeight;
        }
        foreach (var (label, value) in new[] { ("What AI can do", s.Evidence), ("Overall", s.Overall) })
        {
            g.DrawString(label, F.SmallBold, flow.Brush(PdfColours.Ink), new XRect(r.X, y, labelWidth, rowHeight), XStringFormats.CenterLeft);
            g.DrawRectangle(flow.Brush(PdfColours.Accent), r.X + labelWidth, y + 2, (value ?? 0) / 100 * trackWidth, rowHeight - 4);
            g.DrawString(Display.Score(value), F.SmallBold, flow.Brush(PdfColours.Ink), new XRect(r.X + labelWidth + trackWidth, y, valueWidth, rowHeight), XStringFormats.CenterRight);
            y += rowHeight;
        }
    }

    public static void Seniority(PdfPageFlow flow, OccupationEntry e, ReferenceSnapshot snapshot)
    {
        var s = e.Score;
        const string lede = "A multiplicative adjustment of what AI can do, computed from this occupation's own tasks. It is a model, not a measurement.";
        const double rowHeight = 20;
        var chartHeight = s.Levels.Count * rowHeight + 12;
        PdfColumn[] columns = [new("Level", 0.3), PdfColumn.Number("Task signal at this level", 0.3), PdfColumn.Number("Multiplier", 0.2), PdfColumn.Number("Score", 0.2)];
        var rows = s.Levels.Select(l => new PdfCell[] { Display.Level(l.Level), Display.Points(l.TaskSignal), Display.Multiplier(l.Multiplier), Display.Score(l.Score) }).ToList();
        const string caption = "What AI can do by seniority level";
        // The chart and its table stay on one page.
        flow.Section(OccupationPdf.SeniorityTitle, flow.ParagraphHeight(lede, F.Body) + chartHeight + 6 + flow.TableHeight(columns, rows, F.Body, F.BodyBold, caption));
        flow.Paragraph(lede, F.Body);
        if (s.Seniority is not { } profile)
        {
            flow.Paragraph("Not rated: there is no score to adjust.", F.Body);
            return;
        }
        flow.Drawing(chartHeight, (g, r) => SeniorityBars(flow, g, r, s, rowHeight));
        flow.Table(columns, rows, F.Body, F.BodyBold, caption);
        if (snapshot.CurveOf(e.Occupation.CategoryCode) is { } curve)
            flow.Paragraph($"The {e.Category.ShortTitle} curve, the mean of its {curve.Occupations} rated occupations' own curves: " +
                $"{Display.Multiplier(curve.Entry)} / {Display.Multiplier(curve.Mid)} / {Display.Multiplier(curve.Senior)}.", F.Body);
        foreach (var (tilt, heading, none) in new[]
        {
            (SeniorityTilt.Entry, "Tasks that weigh more at entry level", "No task of this occupation reads as entry-level work."),
            (SeniorityTilt.Senior, "Tasks that weigh more at senior level", "No task of this occupation reads as senior-level work."),
        })
        {
            flow.Subheading(heading);
            var drivers = profile.Drivers(tilt);
            if (drivers.Count == 0) flow.Paragraph(none, F.Body);
            foreach (var d in drivers)
                flow.Bullet($"{d.Task.Task.Text} (score {Display.Score(d.Task.Feasibility)}, marker “{d.Marker}”)", F.Body);
        }
        flow.Paragraph(snapshot.Model.Seniority.Explanation, F.Small, PdfColours.Muted);
    }

    /// <summary>One horizontal bar per level on a 0–100 axis (gridlines at 0, 50 and 100), in the site chart's blues.</summary>
    private static void SeniorityBars(PdfPageFlow flow, XGraphics g, XRect r, OccupationScore s, double rowHeight)
    {
        const double labelWidth = 60, valueWidth = 30;
        var plot = r.Width - labelWidth - valueWidth;
        var bottom = r.Y + s.Levels.Count * rowHeight;
        foreach (var tick in new[] { 0, 50, 100 })
        {
            var x = r.X + labelWidth + tick / 100.0 * plot;
            g.DrawLine(new XPen(PdfColours.Line, 0.5), x, r.Y, x, bottom);
            g.DrawString(tick.ToString(System.Globalization.CultureInfo.InvariantCulture), F.Tiny, flow.Brush(PdfColours.Muted),
                new XRect(x - 15, bottom + 2, 30, 10), XStringFormats.TopCenter);
        }
        for (var i = 0; i < s.Levels.Count; i++)
        {
            var level = s.Levels[i];
            var y = r.Y + i * rowHeight;
            var width = level.Score / 100 * plot;
            g.DrawString(Display.Level(level.Level), F.Body, flow.Brush(PdfColours.Ink), new XRect(r.X, y, labelWidth, rowHeight), XStringFormats.CenterLeft);
            g.DrawRectangle(flow.Brush(PdfColours.Levels[i % PdfColours.Levels.Length]), r.X + labelWidth, y + 3, width, rowHeight - 6);
            g.DrawString(Display.Score(level.Score), F.BodyBold, flow.Brush(PdfColours.Ink),
                new XRect(r.X + labelWidth + width + 4, y, valueWidth, rowHeight), XStringFormats.CenterLeft);
        }
    }
}
