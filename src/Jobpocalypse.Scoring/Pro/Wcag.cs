using System.Globalization;

namespace Jobpocalypse.Scoring.Pro;

/// <summary>WCAG 2 relative luminance and contrast ratio of "#rrggbb" colours, to check the heatmap's text is legible.</summary>
public static class Wcag
{
    public static double ContrastRatio(string foreground, string background)
    {
        double a = RelativeLuminance(foreground), b = RelativeLuminance(background);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    public static double RelativeLuminance(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#')
            throw new FormatException($"'{hex}' is not a #rrggbb colour.");
        double Channel(int offset)
        {
            double c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
