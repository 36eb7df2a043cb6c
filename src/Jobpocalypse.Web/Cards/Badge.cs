using System.Globalization;
using System.Net;
using Jobpocalypse.Web.Reports;
using SkiaSharp;

namespace Jobpocalypse.Web.Cards;

/// <summary>
/// The embeddable badge: a 20 px SVG, "AI exposure" on grey beside "60/100 · High" in the band's colour. Widths are
/// measured with the embedded DejaVu Sans at the badge's size, so the text fits whatever font the embedding page has.
/// </summary>
public sealed class Badge(ShareCardRenderer renderer)
{
    public const int Height = 20;
    private const string Label = "AI exposure";
    private const float FontSize = 11, Padding = 7;

    public string Svg(ShareCard card)
    {
        var value = card.Score == Infrastructure.Display.Score(null) ? "not rated" : $"{card.Score}/100 · {card.Band}";
        var left = Width(Label);
        var right = Width(value);
        var total = left + right;
        var palette = ReportPalette.Site;
        string F(float v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        string E(string s) => WebUtility.HtmlEncode(s);
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="{F(total)}" height="{Height}" viewBox="0 0 {F(total)} {Height}" role="img" aria-label="{E(card.AltText)}">
            <title>{E(card.AltText)}</title>
            <rect width="{F(left)}" height="{Height}" rx="3" fill="{palette.Hex(PaletteRole.Ink)}"/>
            <rect x="{F(left)}" width="{F(right)}" height="{Height}" rx="3" fill="{palette.Hex(card.BandRole ?? PaletteRole.Muted)}"/>
            <rect x="{F(left - 3)}" width="6" height="{Height}" fill="{palette.Hex(card.BandRole ?? PaletteRole.Muted)}"/>
            <g fill="#ffffff" font-family="DejaVu Sans,Verdana,Geneva,sans-serif" font-size="{F(FontSize)}" text-anchor="middle">
            <text x="{F(left / 2)}" y="14">{E(Label)}</text>
            <text x="{F(left + right / 2)}" y="14">{E(value)}</text>
            </g>
            </svg>
            """;
    }

    private float Width(string text) => MathF.Ceiling(renderer.Measure(text, FontSize) + 2 * Padding);
}
