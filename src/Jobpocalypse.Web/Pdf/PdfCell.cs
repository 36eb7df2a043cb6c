using PdfSharp.Drawing;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// One table cell: its text, an optional muted note in small type below it, an optional fill (the heatmap's bins)
/// with the text colour that reads on it, and bold for totals.
/// </summary>
internal sealed record PdfCell(string Text, string? Note = null, XColor? Fill = null, XColor? Ink = null, bool Bold = false)
{
    public static implicit operator PdfCell(string text) => new(text);
}
