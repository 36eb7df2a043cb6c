using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// A small top-to-bottom layout over PDFsharp: wrapped paragraphs, bullets, quotes, drawings and tables that continue
/// on a new page (with their heading row again) when the page is full; then a contents list and every page's footer
/// once the page count is known.
/// </summary>
internal sealed partial class PdfPageFlow : IDisposable
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

    public void Dispose() => _gfx?.Dispose();
}
