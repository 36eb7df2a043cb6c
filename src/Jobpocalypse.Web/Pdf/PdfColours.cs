using System.Globalization;
using Jobpocalypse.Scoring;
using PdfSharp.Drawing;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// The report's colours: the site's palette (wwwroot/css/site.css custom properties, checked equal by a test) so a
/// band reads the same on paper as on screen; the heatmap takes its colours from the scoring model instead.
/// </summary>
internal static class PdfColours
{
    public static readonly XColor Ink = FromHex("#1b1d21");
    public static readonly XColor Muted = FromHex("#525861");
    public static readonly XColor Line = FromHex("#d9dce1");
    public static readonly XColor Tint = FromHex("#f4f6f8");
    public static readonly XColor Accent = FromHex("#0a58a8");
    public static readonly XColor White = FromHex("#ffffff");

    /// <summary>The seniority bars' fills, entry to senior, as the site's seniority chart draws them.</summary>
    public static readonly XColor[] Levels = [FromHex("#0a58a8"), FromHex("#3d7fc4"), FromHex("#6e9fd2")];
    /// <summary>The signal chart's light value bar (the contribution bar is <see cref="Accent"/>).</summary>
    public static readonly XColor SignalValue = FromHex("#a9c7e8");

    /// <summary>Band name → the CSS custom property and its colour; the band pill has white text on it.</summary>
    public static readonly IReadOnlyDictionary<string, (string Property, string Hex)> BandColours = new Dictionary<string, (string, string)>
    {
        ["Very high"] = ("--very-high", "#9b1c1c"),
        ["High"] = ("--high", "#b4420c"),
        ["Moderate"] = ("--moderate", "#8a6100"),
        ["Low"] = ("--low", "#2f6b2f"),
        ["Very low"] = ("--very-low", "#1f5e7a"),
    };

    /// <summary>A band's colour; a band the palette does not know (a renamed model band) is drawn in ink rather than failing.</summary>
    public static XColor Band(ScoreBand band) =>
        BandColours.TryGetValue(band.Name, out var colour) ? FromHex(colour.Hex) : Ink;

    public static XColor FromHex(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#') throw new FormatException($"'{hex}' is not a #rrggbb colour.");
        int Channel(int offset) => int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return XColor.FromArgb(Channel(1), Channel(3), Channel(5));
    }
}
