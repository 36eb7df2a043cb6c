using PdfSharp.Drawing;

namespace Jobpocalypse.Web.Pdf;

/// <summary>The flow's contents list and page footers, drawn once the page count is known.</summary>
internal sealed partial class PdfPageFlow
{
    /// <summary>
    /// Keeps room for the contents, in two columns: the titles and their page numbers are drawn by <see cref="Finish"/>,
    /// once the pages are known.
    /// </summary>
    public void Contents(IReadOnlyList<string> titles, XFont font)
    {
        var height = ContentsRows(titles) * LineHeight(font) * 1.4;
        KeepTogether(height);
        _contents = (PageNumber, _y, titles, font);
        _y += height;
    }

    private static int ContentsRows(IReadOnlyList<string> titles) => (titles.Count + 1) / 2;

    /// <summary>
    /// Fills in the contents' page numbers, then draws each page's footer above a thin rule: <paramref name="lead"/>
    /// (shortened with an ellipsis if the line would not fit) and <paramref name="rest"/> on the left, "Page n of N" on the right.
    /// </summary>
    public void Finish(string lead, string rest)
    {
        var font = PdfFonts.Instance.Tiny;
        var count = _document.PageCount;
        var room = Width - Measure($"Page {count} of {count}", font) - 12;
        var footer = lead + rest;
        while (Measure(footer, font) > room && lead.Length > 1)
        {
            lead = lead[..(lead.LastIndexOf(' ') is > 0 and var space ? space : lead.Length - 1)].TrimEnd(',', ' ');
            footer = lead + "…" + rest;
        }
        _gfx?.Dispose();
        _gfx = null;
        if (_contents is { } contents) DrawContents(contents.Page, contents.Y, contents.Titles, contents.Font);
        var brush = Brush(PdfColours.Muted);
        for (var i = 0; i < count; i++)
        {
            var page = _document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var top = page.Height.Point - Margin + 4;
            gfx.DrawLine(_linePen, Margin, top - 4, page.Width.Point - Margin, top - 4);
            var rect = new XRect(Margin, top, page.Width.Point - 2 * Margin, LineHeight(font));
            gfx.DrawString(footer, font, brush, rect, XStringFormats.TopLeft);
            gfx.DrawString($"Page {i + 1} of {count}", font, brush, rect, XStringFormats.TopRight);
        }
    }

    private void DrawContents(int page, double y, IReadOnlyList<string> titles, XFont font)
    {
        using var gfx = XGraphics.FromPdfPage(_document.Pages[page - 1], XGraphicsPdfPageOptions.Append);
        var pen = new XPen(PdfColours.Line, 0.5) { DashStyle = XDashStyle.Dot };
        const double gutter = 24;
        var width = (_document.Pages[page - 1].Width.Point - 2 * Margin - gutter) / 2;
        var rows = ContentsRows(titles);
        for (var i = 0; i < titles.Count; i++)
        {
            var title = titles[i];
            var number = _sections.FirstOrDefault(s => s.Title == title).Page;
            var left = Margin + (i / rows) * (width + gutter);
            var lineY = y + (i % rows) * LineHeight(font) * 1.4;
            var rect = new XRect(left, lineY, width, LineHeight(font));
            gfx.DrawString(title, font, Brush(PdfColours.Ink), rect, XStringFormats.TopLeft);
            if (number > 0)
            {
                var label = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                gfx.DrawString(label, font, Brush(PdfColours.Ink), rect, XStringFormats.TopRight);
                var from = left + gfx.MeasureString(title, font).Width + 4;
                var to = left + width - gfx.MeasureString(label, font).Width - 4;
                if (to > from) gfx.DrawLine(pen, from, lineY + font.Size, to, lineY + font.Size);
            }
        }
    }
}
