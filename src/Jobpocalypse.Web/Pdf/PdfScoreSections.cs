using System.Globalization;
using Jobpocalypse.Web.Reports;
using PdfSharp.Drawing;

namespace Jobpocalypse.Web.Pdf;

/// <summary>Sets the signal composition and seniority sections of the report model, with their charts drawn in the site's palette.</summary>
internal static class PdfScoreSections
{
    private static PdfFonts F => PdfFonts.Instance;

    public static void Signals(PdfPageFlow flow, SignalsSection s)
    {
        flow.Section(SignalsSection.Heading);
        if (s.NotRated is { } notRated)
        {
            flow.Paragraph(notRated, F.Body);
            return;
        }
        flow.Paragraph($"{s.Lede} {s.ChartKey}", F.Body);
        const double rowHeight = 15;
        flow.Drawing(s.Chart.Count * rowHeight, (g, r) => SignalChart(flow, g, r, s.Chart, rowHeight));

        flow.Subheading(s.EvidenceHeading);
        flow.Paragraph(s.EvidenceText, F.Body);
        PdfReportTable.Draw(flow, s.Evidence!, F.Small, F.SmallBold);

        flow.Subheading(s.MarketHeading);
        flow.Paragraph(s.MarketText, F.Body);
        PdfReportTable.Draw(flow, s.Market!, F.Small, F.SmallBold);
        if (s.BandLimit is { } limit) flow.Paragraph(limit, F.Body, PdfColours.Muted);
        if (s.Unavailable is { } unavailable) flow.Paragraph(unavailable, F.Small, PdfColours.Muted);
    }

    /// <summary>One row per bar: a signal's track, value bar and inner contribution bar; a total's single bar in bold.</summary>
    private static void SignalChart(PdfPageFlow flow, XGraphics g, XRect r, IReadOnlyList<ChartBar> bars, double rowHeight)
    {
        const double labelWidth = 120, valueWidth = 34;
        var trackWidth = r.Width - labelWidth - valueWidth;
        var y = r.Y;
        foreach (var bar in bars)
        {
            var font = bar.Bold ? F.SmallBold : F.Small;
            var track = new XRect(r.X + labelWidth, y + 2, trackWidth, rowHeight - 4);
            g.DrawString(bar.Label, font, flow.Brush(PdfColours.Ink), new XRect(r.X, y, labelWidth, rowHeight), XStringFormats.CenterLeft);
            if (!bar.Bold) g.DrawRectangle(new XPen(PdfColours.Line, 0.5), flow.Brush(PdfColours.Tint), track);
            if (bar.Value is { } value)
            {
                g.DrawRectangle(flow.Brush(PdfColours.Of(bar.Role)), track.X, track.Y, value / 100 * trackWidth, track.Height);
                if (bar.Inner is { } inner)
                    g.DrawRectangle(flow.Brush(PdfColours.Of(bar.InnerRole)), track.X, track.Y + track.Height / 4, inner / 100 * trackWidth, track.Height / 2);
                g.DrawString(bar.Figure, font, flow.Brush(PdfColours.Ink), new XRect(track.Right, y, valueWidth, rowHeight), XStringFormats.CenterRight);
            }
            else
            {
                g.DrawString(bar.Missing ?? bar.Figure, font, flow.Brush(PdfColours.Muted), new XRect(track.X + 6, y, trackWidth, rowHeight), XStringFormats.CenterLeft);
            }
            y += rowHeight;
        }
    }

    public static void Seniority(PdfPageFlow flow, SenioritySection s)
    {
        const double rowHeight = 20;
        var chartHeight = s.Chart.Count * rowHeight + 12;
        // The chart and its table stay on one page.
        flow.Section(SenioritySection.Heading, flow.ParagraphHeight(s.Lede, F.Body) + chartHeight + 6 +
            (s.Levels is { } levels ? PdfReportTable.Height(flow, levels, F.Body, F.BodyBold) : 0));
        flow.Paragraph(s.Lede, F.Body);
        if (s.NotRated is { } notRated)
        {
            flow.Paragraph(notRated, F.Body);
            return;
        }
        flow.Drawing(chartHeight, (g, r) => SeniorityBars(flow, g, r, s.Chart, rowHeight));
        PdfReportTable.Draw(flow, s.Levels!, F.Body, F.BodyBold);
        if (s.Curve is { } curve) flow.Paragraph(curve, F.Body);
        foreach (var group in s.Drivers)
        {
            flow.Subheading(group.Heading);
            if (group.None is { } none) flow.Paragraph(none, F.Body);
            foreach (var (text, note) in group.Tasks) flow.Bullet($"{text} {note}", F.Body);
        }
        flow.Paragraph(s.Explanation, F.Small, PdfColours.Muted);
    }

    /// <summary>One horizontal bar per level on a 0–100 axis (gridlines at 0, 50 and 100), in the palette's level colours.</summary>
    private static void SeniorityBars(PdfPageFlow flow, XGraphics g, XRect r, IReadOnlyList<ChartBar> bars, double rowHeight)
    {
        const double labelWidth = 60, valueWidth = 30;
        var plot = r.Width - labelWidth - valueWidth;
        var bottom = r.Y + bars.Count * rowHeight;
        foreach (var tick in new[] { 0, 50, 100 })
        {
            var x = r.X + labelWidth + tick / 100.0 * plot;
            g.DrawLine(new XPen(PdfColours.Line, 0.5), x, r.Y, x, bottom);
            g.DrawString(tick.ToString(CultureInfo.InvariantCulture), F.Tiny, flow.Brush(PdfColours.Muted),
                new XRect(x - 15, bottom + 2, 30, 10), XStringFormats.TopCenter);
        }
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = r.Y + i * rowHeight;
            var width = (bar.Value ?? 0) / 100 * plot;
            g.DrawString(bar.Label, F.Body, flow.Brush(PdfColours.Ink), new XRect(r.X, y, labelWidth, rowHeight), XStringFormats.CenterLeft);
            g.DrawRectangle(flow.Brush(PdfColours.Of(bar.Role)), r.X + labelWidth, y + 3, width, rowHeight - 6);
            g.DrawString(bar.Figure, F.BodyBold, flow.Brush(PdfColours.Ink),
                new XRect(r.X + labelWidth + width + 4, y, valueWidth, rowHeight), XStringFormats.CenterLeft);
        }
    }
}
