using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// A small top-to-bottom layout over PDFsharp: wrapped paragraphs, bullets, quotes, drawings and tables that continue
/// on a new page (with their heading row again) when the page is full; then a contents list and every page's footer
/// once the page count is known.
/// </summary>
internal sealed class PdfPageFlow : IDisposable
{
    public const double Margin = 54;         // three-quarters of an inch
    private const double FooterHeight = 22;
    private const double CellPadding = 3;
    private const double BulletIndent = 10;

    private readonly PdfDocument _document;
    private readonly List<(string Title, int Page)> _sections = [];
    private readonly Dictionary<XColor, XSolidBrush> _brushes = [];
    private readonly XPen _linePen = new(PdfColours.Line, 0.5);
    private (int Page, double Y, IReadOnlyList<string> Titles, XFont Font)? _contents;
    private XGraphics? _gfx;
    private PdfPage? _page;
    private double _y;

    public PdfPageFlow(PdfDocument document)
    {
        _document = document;
        NewPage();
    }

    public double Left => Margin;
    public double Width => _page!.Width.Point - 2 * Margin;
    private double Bottom => _page!.Height.Point - Margin - FooterHeight;
    /// <summary>The height of a page's text area.</summary>
    public double PageHeight => Bottom - Margin;
    /// <summary>Height left on the current page.</summary>
    public double Remaining => Bottom - _y;
    /// <summary>The current page's number, from 1.</summary>
    public int PageNumber => _document.PageCount;

    public static double LineHeight(XFont font) => font.Size * 1.3;

    public XBrush Brush(XColor colour)
    {
        if (!_brushes.TryGetValue(colour, out var brush)) _brushes[colour] = brush = new XSolidBrush(colour);
        return brush;
    }

    public void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.Letter;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    public void Space(double points) => _y = Math.Min(_y + points, Bottom);

    /// <summary>Starts a new page unless this much height is left, so a block is not split at the foot of a page.</summary>
    public void KeepTogether(double height)
    {
        if (_y + height > Bottom && _y > Margin) NewPage();
    }

    public void Paragraph(string text, XFont font, XColor? colour = null, double after = 6, double indent = 0)
    {
        var brush = Brush(colour ?? PdfColours.Ink);
        foreach (var line in Wrap(text, font, Width - indent))
        {
            KeepTogether(LineHeight(font));
            _gfx!.DrawString(line, font, brush, new XRect(Left + indent, _y, Width - indent, LineHeight(font)), XStringFormats.TopLeft);
            _y += LineHeight(font);
        }
        _y += after;
    }

    public double ParagraphHeight(string text, XFont font, double indent = 0) => Wrap(text, font, Width - indent).Count * LineHeight(font);
    public double BulletHeight(string text, XFont font) => ParagraphHeight(text, font, BulletIndent);

    /// <summary>A list item: a bullet in the margin of the text, which wraps under its first word.</summary>
    public void Bullet(string text, XFont font, XColor? colour = null, double after = 3)
    {
        KeepTogether(LineHeight(font) * Math.Min(2, Wrap(text, font, Width - BulletIndent).Count));
        _gfx!.DrawString("•", font, Brush(colour ?? PdfColours.Ink), new XRect(Left, _y, BulletIndent, LineHeight(font)), XStringFormats.TopLeft);
        Paragraph(text, font, colour, after, BulletIndent);
    }

    /// <summary>Quoted evidence: indented, with a rule down its left side.</summary>
    public void Quote(string text, XFont font, XColor? colour = null, double after = 6)
    {
        const double indent = 12;
        var lines = Wrap(text, font, Width - indent);
        KeepTogether(lines.Count * LineHeight(font));
        foreach (var line in lines)
        {
            KeepTogether(LineHeight(font));
            _gfx!.DrawRectangle(Brush(PdfColours.Line), Left + 2, _y, 2, LineHeight(font));
            _gfx.DrawString(line, font, Brush(colour ?? PdfColours.Ink), new XRect(Left + indent, _y, Width - indent, LineHeight(font)), XStringFormats.TopLeft);
            _y += LineHeight(font);
        }
        _y += after;
    }

    /// <summary>
    /// A section heading, listed in the contents with the page it starts on; it starts a new page unless
    /// <paramref name="keepWithNext"/> points of what follows (at least a few lines) fit below it.
    /// </summary>
    public void Section(string title, double keepWithNext = 0)
    {
        var font = PdfFonts.Instance.Heading;
        KeepTogether(LineHeight(font) + 19 + Math.Max(keepWithNext, 4 * LineHeight(PdfFonts.Instance.Body)));
        if (_y > Margin) _y += 10;
        _sections.Add((title, PageNumber));
        Paragraph(title, font, after: 1);
        _gfx!.DrawRectangle(Brush(PdfColours.Accent), Left, _y, 36, 2);
        _y += 8;
    }

    public void Subheading(string text, double after = 3)
    {
        var font = PdfFonts.Instance.Subheading;
        KeepTogether(LineHeight(font) * 4);
        _y += 4;
        Paragraph(text, font, after: after);
    }

    public void Rule(double after = 8)
    {
        _gfx!.DrawLine(new XPen(PdfColours.Line, 0.75), Left, _y, Left + Width, _y);
        _y += after;
    }

    /// <summary>A drawing of a fixed height across the text width, kept on one page.</summary>
    public void Drawing(double height, Action<XGraphics, XRect> draw, double after = 6)
    {
        KeepTogether(height);
        draw(_gfx!, new XRect(Left, _y, Width, height));
        _y += height + after;
    }

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

    public void Table(IReadOnlyList<PdfColumn> columns, IReadOnlyList<PdfCell[]> rows, XFont font, XFont headerFont, string? caption = null)
    {
        var (widths, header, layouts, captionHeight) = LayoutTable(columns, rows, font, headerFont, caption);
        var bold = PdfFonts.Instance.BoldOf(font);
        var total = captionHeight + header.Height + layouts.Sum(r => r.Height);
        // A short table stays on one page; a long one starts where its caption, heading row and first two rows fit.
        KeepTogether(total <= PageHeight * 0.45 ? total : captionHeight + header.Height + layouts.Take(2).Sum(r => r.Height));
        if (caption is not null) Paragraph(caption, PdfFonts.Instance.SmallBold, PdfColours.Muted, after: 2);
        DrawRow(header, columns, widths, headerFont, headerFont, isHeader: true);
        for (var i = 0; i < layouts.Count; i++)
        {
            var row = layouts[i];
            var breakHere = _y + row.Height > Bottom;
            // No last row alone at the top of a page: it takes the one before it along.
            if (!breakHere && layouts.Count >= 4 && i == layouts.Count - 2 && _y + row.Height + layouts[i + 1].Height > Bottom) breakHere = true;
            if (breakHere)
            {
                NewPage();
                DrawRow(header, columns, widths, headerFont, headerFont, isHeader: true);
            }
            DrawRow(row, columns, widths, font, bold, isHeader: false);
        }
        _y += 8;
    }

    /// <summary>The height a table takes if it is not split, caption and spacing included.</summary>
    public double TableHeight(IReadOnlyList<PdfColumn> columns, IReadOnlyList<PdfCell[]> rows, XFont font, XFont headerFont, string? caption = null)
    {
        var (_, header, layouts, captionHeight) = LayoutTable(columns, rows, font, headerFont, caption);
        return captionHeight + header.Height + layouts.Sum(r => r.Height) + 8;
    }

    private (double[] Widths, RowLayout Header, List<RowLayout> Rows, double CaptionHeight) LayoutTable(
        IReadOnlyList<PdfColumn> columns, IReadOnlyList<PdfCell[]> rows, XFont font, XFont headerFont, string? caption)
    {
        var widths = columns.Select(c => c.Share * Width).ToArray();
        var header = Layout(columns.Select(c => new PdfCell(c.Heading, Bold: true)).ToArray(), widths, headerFont, headerFont);
        var bold = PdfFonts.Instance.BoldOf(font);
        var layouts = rows.Select(r => Layout(r, widths, font, bold)).ToList();
        double captionHeight = caption is null ? 0 : ParagraphHeight(caption, PdfFonts.Instance.SmallBold) + 2;
        return (widths, header, layouts, captionHeight);
    }

    private sealed record RowLayout(PdfCell[] Cells, List<string>[] Lines, List<string>[] Notes, double Height);

    private RowLayout Layout(PdfCell[] cells, double[] widths, XFont font, XFont bold)
    {
        var noteFont = PdfFonts.Instance.Tiny;
        var lines = new List<string>[cells.Length];
        var notes = new List<string>[cells.Length];
        double height = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            var inner = widths[i] - 2 * CellPadding;
            lines[i] = Wrap(cells[i].Text, cells[i].Bold ? bold : font, inner);
            notes[i] = cells[i].Note is { Length: > 0 } note ? Wrap(note, noteFont, inner) : [];
            height = Math.Max(height, lines[i].Count * LineHeight(font) + notes[i].Count * LineHeight(noteFont));
        }
        return new RowLayout(cells, lines, notes, height + 2 * CellPadding);
    }

    private void DrawRow(RowLayout row, IReadOnlyList<PdfColumn> columns, double[] widths, XFont font, XFont bold, bool isHeader)
    {
        var noteFont = PdfFonts.Instance.Tiny;
        if (isHeader) _gfx!.DrawRectangle(Brush(PdfColours.Tint), Left, _y, Width, row.Height);
        var x = Left;
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var cell = row.Cells[i];
            if (cell.Fill is { } fill) _gfx!.DrawRectangle(Brush(fill), x + 1, _y + 1, widths[i] - 2, row.Height - 2);
            var format = columns[i].Align switch
            {
                PdfAlign.Right => XStringFormats.TopRight,
                PdfAlign.Center => XStringFormats.TopCenter,
                _ => XStringFormats.TopLeft,
            };
            var lineY = _y + CellPadding;
            // A filled cell holds one figure: centre it in the row's height, as the site's heatmap does.
            if (cell.Fill is not null) lineY = _y + (row.Height - row.Lines[i].Count * LineHeight(font)) / 2;
            var brush = Brush(cell.Ink ?? PdfColours.Ink);
            foreach (var line in row.Lines[i])
            {
                _gfx!.DrawString(line, cell.Bold ? bold : font, brush, new XRect(x + CellPadding, lineY, widths[i] - 2 * CellPadding, LineHeight(font)), format);
                lineY += LineHeight(font);
            }
            foreach (var line in row.Notes[i])
            {
                _gfx!.DrawString(line, noteFont, Brush(PdfColours.Muted), new XRect(x + CellPadding, lineY, widths[i] - 2 * CellPadding, LineHeight(noteFont)), format);
                lineY += LineHeight(noteFont);
            }
            x += widths[i];
        }
        _y += row.Height;
        _gfx!.DrawLine(_linePen, Left, _y, Left + Width, _y);
    }

    /// <summary>Greedy word wrap, measuring each word once; a word wider than the line is broken between characters.</summary>
    public List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var space = Measure(" ", font);
        var line = new StringBuilder();
        foreach (var paragraph in text.Split('\n'))
        {
            line.Clear();
            double lineWidth = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = Measure(word, font);
                if (line.Length > 0 && lineWidth + space + wordWidth <= width)
                {
                    line.Append(' ').Append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.Length > 0) lines.Add(line.ToString());
                line.Clear();
                var rest = word;
                while (wordWidth > width && rest.Length > 1)
                {
                    var fit = rest.Length - 1;
                    while (fit > 1 && Measure(rest[..fit], font) > width) fit--;
                    lines.Add(rest[..fit]);
                    rest = rest[fit..];
                    wordWidth = Measure(rest, font);
                }
                line.Append(rest);
                lineWidth = wordWidth;
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    public double Measure(string text, XFont font) => _gfx!.MeasureString(text, font).Width;

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

    public void Dispose() => _gfx?.Dispose();
}
