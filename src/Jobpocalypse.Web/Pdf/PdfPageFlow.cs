using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// A minimal top-to-bottom layout over PDFsharp: wrapped paragraphs, rules and tables that continue on a new
/// page (with their heading row again) when the page is full, then page numbers once the page count is known.
/// </summary>
internal sealed class PdfPageFlow : IDisposable
{
    private const double Margin = 54;       // three-quarters of an inch
    private const double FooterHeight = 30;
    private const double CellPadding = 3;
    private static readonly XColor Ink = XColor.FromArgb(0x1b, 0x1f, 0x24);
    private static readonly XColor Muted = XColor.FromArgb(0x55, 0x5e, 0x69);
    private static readonly XColor Line = XColor.FromArgb(0xd0, 0xd7, 0xde);
    private static readonly XColor Tint = XColor.FromArgb(0xf3, 0xf5, 0xf7);

    private readonly PdfDocument _document;
    private XGraphics? _gfx;
    private PdfPage? _page;
    private double _y;

    public PdfPageFlow(PdfDocument document)
    {
        _document = document;
        NewPage();
    }

    public XBrush InkBrush { get; } = new XSolidBrush(Ink);
    public XBrush MutedBrush { get; } = new XSolidBrush(Muted);

    private double Left => Margin;
    private double Width => _page!.Width.Point - 2 * Margin;
    private double Bottom => _page!.Height.Point - Margin - FooterHeight;

    private static double LineHeight(XFont font) => font.Size * 1.3;

    public void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.Letter;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    public void Space(double points) => _y += points;

    /// <summary>Starts a new page unless this much height is left, so a heading never sits alone at the foot.</summary>
    public void KeepTogether(double height)
    {
        if (_y + height > Bottom) NewPage();
    }

    public void Paragraph(string text, XFont font, XBrush? brush = null, double after = 6)
    {
        foreach (var line in Wrap(text, font, Width))
        {
            KeepTogether(LineHeight(font));
            _gfx!.DrawString(line, font, brush ?? InkBrush, new XRect(Left, _y, Width, LineHeight(font)), XStringFormats.TopLeft);
            _y += LineHeight(font);
        }
        _y += after;
    }

    public void Heading(string text, XFont font)
    {
        KeepTogether(LineHeight(font) * 4);
        _y += font.Size * 0.6;
        Paragraph(text, font, after: 4);
    }

    public void Rule()
    {
        _gfx!.DrawLine(new XPen(Line, 0.75), Left, _y, Left + Width, _y);
        _y += 6;
    }

    public void Table(IReadOnlyList<PdfColumn> columns, IReadOnlyList<string[]> rows, XFont font, XFont headerFont)
    {
        var widths = columns.Select(c => c.Share * Width).ToArray();
        var headings = columns.Select(c => c.Heading).ToArray();
        // The heading row never ends a page alone: it starts one when the first row would not fit below it.
        if (rows.Count > 0) KeepTogether(RowHeight(headings, widths, headerFont) + RowHeight(rows[0], widths, font));
        DrawRow(headings, columns, widths, headerFont, header: true);
        foreach (var row in rows)
        {
            if (_y + RowHeight(row, widths, font) > Bottom)
            {
                NewPage();
                DrawRow(headings, columns, widths, headerFont, header: true);
            }
            DrawRow(row, columns, widths, font, header: false);
        }
        _y += 8;
    }

    private double RowHeight(string[] cells, double[] widths, XFont font) =>
        cells.Select((c, i) => Wrap(c, font, widths[i] - 2 * CellPadding).Count).Max() * LineHeight(font) + 2 * CellPadding;

    private void DrawRow(string[] cells, IReadOnlyList<PdfColumn> columns, double[] widths, XFont font, bool header)
    {
        var height = RowHeight(cells, widths, font);
        if (header) _gfx!.DrawRectangle(new XSolidBrush(Tint), Left, _y, Width, height);
        var x = Left;
        for (var i = 0; i < cells.Length; i++)
        {
            var lineY = _y + CellPadding;
            foreach (var line in Wrap(cells[i], font, widths[i] - 2 * CellPadding))
            {
                var rect = new XRect(x + CellPadding, lineY, widths[i] - 2 * CellPadding, LineHeight(font));
                _gfx!.DrawString(line, font, InkBrush, rect, columns[i].AlignRight ? XStringFormats.TopRight : XStringFormats.TopLeft);
                lineY += LineHeight(font);
            }
            x += widths[i];
        }
        _y += height;
        _gfx!.DrawLine(new XPen(Line, 0.5), Left, _y, Left + Width, _y);
    }

    /// <summary>Greedy word wrap; a word wider than the line is broken between characters.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (Measure(candidate, font) <= width) { current = candidate; continue; }
                if (current.Length > 0) lines.Add(current);
                current = word;
                while (Measure(current, font) > width && current.Length > 1)
                {
                    var fit = current.Length - 1;
                    while (fit > 1 && Measure(current[..fit], font) > width) fit--;
                    lines.Add(current[..fit]);
                    current = current[fit..];
                }
            }
            lines.Add(current);
        }
        return lines;
    }

    private double Measure(string text, XFont font) => _gfx!.MeasureString(text, font).Width;

    /// <summary>Draws each page's footer: the given text on the left, "Page n of N" on the right.</summary>
    public void Finish(string footer, XFont font)
    {
        _gfx?.Dispose();
        _gfx = null;
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = _document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var rect = new XRect(Margin, page.Height.Point - Margin - font.Size, page.Width.Point - 2 * Margin, LineHeight(font));
            gfx.DrawString(footer, font, MutedBrush, rect, XStringFormats.TopLeft);
            gfx.DrawString($"Page {i + 1} of {count}", font, MutedBrush, rect, XStringFormats.TopRight);
        }
    }

    public void Dispose() => _gfx?.Dispose();
}
