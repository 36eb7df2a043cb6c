using System.Globalization;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Reports;
using PdfSharp.Drawing;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// The report's colours on paper: the site's palette (<see cref="ReportPalette"/>, read from site.css) so a band reads
/// the same on paper as on screen; the heatmap takes its colours from the scoring model instead (<see cref="FromHex"/>).
/// </summary>
internal static class PdfColours
{
    public static readonly XColor Ink = Of(PaletteRole.Ink);
    public static readonly XColor Muted = Of(PaletteRole.Muted);
    public static readonly XColor Line = Of(PaletteRole.Line);
    public static readonly XColor Tint = Of(PaletteRole.Tint);
    public static readonly XColor Accent = Of(PaletteRole.Accent);
    public static readonly XColor White = Of(PaletteRole.Paper);

    public static XColor Of(PaletteRole role) => FromHex(ReportPalette.Site.Hex(role));

    /// <summary>A band's colour; a band the palette does not know (a renamed model band) is drawn in ink rather than failing.</summary>
    public static XColor Band(ScoreBand band) => ReportPalette.BandRole(band) is { } role ? Of(role) : Ink;

    public static XColor FromHex(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#') throw new FormatException($"'{hex}' is not a #rrggbb colour.");
        int Channel(int offset) => int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return XColor.FromArgb(Channel(1), Channel(3), Channel(5));
    }
}
