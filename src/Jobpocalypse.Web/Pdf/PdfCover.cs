using System.Globalization;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;
using PdfSharp.Drawing;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// The first page: what the report is about, the headline score with its band drawn on the 0–100 scale in the site's
/// band colours, the verdict, a few figures at a glance, the contents, and which dataset it was computed from and when.
/// </summary>
internal static class PdfCover
{
    private static PdfFonts F => PdfFonts.Instance;

    public static void Draw(PdfPageFlow flow, ReportHeader h, OccupationScore s, ReferenceSnapshot snapshot, DateTimeOffset generated,
        IReadOnlyList<string> contents)
    {
        flow.Paragraph("JOBPOCALYPSE · AI EXPOSURE REPORT", F.SmallBold, PdfColours.Accent, after: 10);
        // The cover is one page whatever the occupation: a long title is set smaller.
        var titleFont = flow.ParagraphHeight(h.Title, F.CoverTitle) <= 2 * PdfPageFlow.LineHeight(F.CoverTitle) ? F.CoverTitle : F.CoverTitleLong;
        flow.Paragraph(h.Title, titleFont, after: 4);
        flow.Paragraph($"{h.MetaLine} · {h.CategoryTitle}{(h.OnetCode is { } onet ? $" · {onet}" : "")}", F.Body, PdfColours.Muted, after: 16);

        flow.Drawing(96, (g, r) => ScoreBlock(flow, g, r, h, s, snapshot.Model), after: 10);
        flow.Paragraph(h.Verdict, F.Lead, after: 8);
        flow.Paragraph(h.OccupationDescription, F.Body, PdfColours.Muted, after: 12);

        // Two figures a row, so the cover keeps room for long descriptions.
        var rows = h.AtAGlance.Chunk(2)
            .Select(pair => new PdfCell[] { pair[0].Label, pair[0].Value, pair.Length > 1 ? pair[1].Label : "", pair.Length > 1 ? pair[1].Value : "" })
            .ToList();
        flow.Table([new("At a glance", 0.29), PdfColumn.Number("", 0.21), new("", 0.29), PdfColumn.Number("", 0.21)], rows, F.Small, F.SmallBold);

        flow.Subheading("Contents", after: 4);
        flow.Contents(contents, F.Body);

        flow.Space(8);
        flow.Rule(after: 6);
        var built = DateTimeOffset.TryParse(snapshot.BuiltAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? $", built {at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}" : "";
        flow.Paragraph($"Dataset version {snapshot.ShortVersion}{built}. Generated {generated.UtcDateTime.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)} UTC.",
            F.Small, PdfColours.Muted, after: 2);
        flow.Paragraph("The same figures as the occupation's page on the site for this dataset version; every number is computed from " +
            "the public sources listed at the end by the method on the site's Methodology page.", F.Small, PdfColours.Muted);
    }

    /// <summary>The big score and its band pill, then the 0–100 scale in band colours with a marker at the score.</summary>
    private static void ScoreBlock(PdfPageFlow flow, XGraphics g, XRect r, ReportHeader h, OccupationScore s, ScoringModel model)
    {
        var score = h.ScoreText;
        var scoreWidth = flow.Measure(score, F.CoverScore);
        g.DrawString(score, F.CoverScore, flow.Brush(PdfColours.Ink), new XRect(r.X, r.Y, scoreWidth, 56), XStringFormats.TopLeft);
        var x = r.X + scoreWidth + 8;
        if (s.IsRated)
        {
            g.DrawString("/ 100", F.Lead, flow.Brush(PdfColours.Muted), new XRect(x, r.Y + 36, 60, 16), XStringFormats.TopLeft);
            x += flow.Measure("/ 100", F.Lead) + 16;
        }
        var band = h.BandName;
        var pillWidth = flow.Measure(band, F.BodyBold) + 20;
        var pill = new XRect(x, r.Y + 30, pillWidth, 22);
        if (h.BandRole is { } role)
        {
            g.DrawRoundedRectangle(flow.Brush(PdfColours.Of(role)), pill, new XSize(22, 22));
            g.DrawString(band, F.BodyBold, flow.Brush(PdfColours.White), pill, XStringFormats.Center);
        }
        else
        {
            g.DrawRoundedRectangle(new XPen(PdfColours.Line, 1), flow.Brush(PdfColours.White), pill, new XSize(22, 22));
            g.DrawString(band, F.BodyBold, flow.Brush(PdfColours.Muted), pill, XStringFormats.Center);
        }

        // The scale: one segment per band, from its lower bound to the next band's.
        double barTop = r.Y + 68, barHeight = 14;
        var bands = model.Bands.OrderBy(b => b.Min).ToList();
        for (var i = 0; i < bands.Count; i++)
        {
            double from = bands[i].Min, to = i + 1 < bands.Count ? bands[i + 1].Min : 100;
            var segment = new XRect(r.X + from / 100 * r.Width, barTop, (to - from) / 100 * r.Width, barHeight);
            g.DrawRectangle(flow.Brush(PdfColours.Band(bands[i])), segment);
            g.DrawString(bands[i].Name, F.Tiny, flow.Brush(PdfColours.White), segment, XStringFormats.Center);
            g.DrawString(from.ToString("0", CultureInfo.InvariantCulture), F.Tiny, flow.Brush(PdfColours.Muted),
                new XRect(segment.X, barTop + barHeight + 2, 20, 10), XStringFormats.TopLeft);
        }
        g.DrawString("100", F.Tiny, flow.Brush(PdfColours.Muted), new XRect(r.Right - 20, barTop + barHeight + 2, 20, 10), XStringFormats.TopRight);
        if (s.Overall is { } overall)
        {
            var mx = r.X + overall / 100 * r.Width;
            g.DrawPolygon(flow.Brush(PdfColours.Ink), [new XPoint(mx - 5, barTop - 8), new XPoint(mx + 5, barTop - 8), new XPoint(mx, barTop - 1)], XFillMode.Winding);
        }
    }
}
