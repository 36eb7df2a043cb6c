using PdfSharp.Drawing;

namespace Jobpocalypse.Web.Pdf;

/// <summary>The flow's tables: laid out once, split across pages with their heading row repeated.</summary>
internal sealed partial class PdfPageFlow
{
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
}
