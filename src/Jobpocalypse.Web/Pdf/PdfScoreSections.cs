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
        flow.Paragraph($"How the 0–100 score is assembled from {model.Signals.Count} signals. The light bar is each signal's value, " +
            "the dark bar the points it adds to the overall score.", F.Body);
        const double rowHeight = 15;
        flow.Drawing((s.Signals.Count + 1) * rowHeight, (g, r) => SignalChart(flow, g, r, s, rowHeight));

        var rows = s.Signals.Select(signal => new PdfCell[]
        {
            new(signal.Definition.Name, signal.Detail),
            signal.IsAvailable ? Display.Score(signal.Value) : signal.Definition.Freshness == Freshness.Pending ? "pending" : "no data",
            Display.Percent(signal.Definition.Weight),
            Display.Percent(signal.EffectiveWeight),
            Display.Points(signal.Contribution),
            new(signal.Definition.Source, signal.Definition.AsOf),
            Display.Freshness(signal.Definition.Freshness),
        }).Append(
        [
            new("Overall", Bold: true), new(Display.Score(s.Overall), Bold: true), "100%", "100%", new(Display.Points(s.Overall), Bold: true), "", "",
        ]).ToList();
        flow.Table(
            [new("Signal", 0.21), PdfColumn.Number("Value", 0.09), PdfColumn.Number("Weight", 0.08), PdfColumn.Number("Effective weight", 0.1),
             PdfColumn.Number("Contribution", 0.13), new("Source", 0.25), new("Freshness", 0.14)],
            rows, F.Small, F.SmallBold, "Signals, weights and contributions");
        if (s.MissingWeight > 0)
        {
            var missing = string.Join(", ", s.Signals.Where(x => !x.IsAvailable).Select(x => x.Definition.Name.ToLowerInvariant()));
            flow.Paragraph($"{Display.Percent(s.MissingWeight)} of the nominal weight belongs to signals with no value for this occupation " +
                $"({missing}); it is shared out among the others in proportion to their weights, which gives the effective weights above.",
                F.Body, PdfColours.Muted);
        }
    }

    private static void SignalChart(PdfPageFlow flow, XGraphics g, XRect r, OccupationScore s, double rowHeight)
    {
        const double labelWidth = 120, valueWidth = 34;
        var trackWidth = r.Width - labelWidth - valueWidth;
        var y = r.Y;
        foreach (var signal in s.Signals)
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
                g.DrawString(signal.Definition.Freshness == Freshness.Pending ? "pending" : "no data", F.Small, flow.Brush(PdfColours.Muted),
                    new XRect(track.X + 6, y, trackWidth, rowHeight), XStringFormats.CenterLeft);
            }
            y += rowHeight;
        }
        g.DrawString("Overall", F.SmallBold, flow.Brush(PdfColours.Ink), new XRect(r.X, y, labelWidth, rowHeight), XStringFormats.CenterLeft);
        g.DrawRectangle(flow.Brush(PdfColours.Accent), r.X + labelWidth, y + 2, (s.Overall ?? 0) / 100 * trackWidth, rowHeight - 4);
        g.DrawString(Display.Score(s.Overall), F.SmallBold, flow.Brush(PdfColours.Ink), new XRect(r.X + labelWidth + trackWidth, y, valueWidth, rowHeight), XStringFormats.CenterRight);
    }

    public static void Seniority(PdfPageFlow flow, OccupationEntry e)
    {
        var s = e.Score;
        var lede = $"The overall score times the multipliers of the {e.Category.ShortTitle} curve, kept within 0–100.";
        const double rowHeight = 20;
        var chartHeight = s.Levels.Count * rowHeight + 12;
        PdfColumn[] columns = [new("Level", 0.4), PdfColumn.Number("Multiplier", 0.3), PdfColumn.Number("Score", 0.3)];
        var rows = s.Levels.Select(l => new PdfCell[] { Display.Level(l.Level), Display.Multiplier(l.Multiplier), Display.Score(l.Score) }).ToList();
        const string caption = "Score by seniority level";
        // The section is short: it stays on one page.
        flow.Section(OccupationPdf.SeniorityTitle, flow.ParagraphHeight(lede, F.Body) + flow.ParagraphHeight(s.Curve.Rationale, F.Body) + 12 +
            chartHeight + 6 + flow.TableHeight(columns, rows, F.Body, F.BodyBold, caption));
        flow.Paragraph(lede, F.Body);
        if (!s.IsRated)
        {
            flow.Paragraph("Not rated: there is no overall score to adjust.", F.Body);
            return;
        }
        flow.Paragraph(s.Curve.Rationale, F.Body);
        flow.Drawing(chartHeight, (g, r) => SeniorityBars(flow, g, r, s, rowHeight));
        flow.Table(columns, rows, F.Body, F.BodyBold, caption);
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
