using Jobpocalypse.Web.Reports;
using SkiaSharp;

namespace Jobpocalypse.Web.Cards;

/// <summary>
/// Draws a <see cref="ShareCard"/> as a 1200×630 PNG with SkiaSharp, in the DejaVu Sans faces embedded for the PDF
/// (Pdf/Fonts), so a card looks the same on any server. Thread-safe: each render has its own surface.
/// </summary>
public sealed class ShareCardRenderer : IDisposable
{
    private const float Margin = 72, ScoreLeft = 840, TextRight = 780;
    private readonly SKTypeface _regular = Load("DejaVuSans");
    private readonly SKTypeface _bold = Load("DejaVuSans-Bold");
    private readonly ReportPalette _palette = ReportPalette.Site;

    public byte[] Render(ShareCard card)
    {
        // Drawn in RGB with a padding byte, the layout of the PNG's opaque RGB rows: an RGBA surface gave the same file,
        // but the encoder spent half of each render converting its pixels (8.8 → 3.8 ms a card, bench/cards.sh).
        var info = new SKImageInfo(ShareCard.Width, ShareCard.Height, SKColorType.Rgb888x, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        var band = Colour(card.BandRole ?? PaletteRole.Muted);
        canvas.Clear(Colour(PaletteRole.Paper));
        using var fill = new SKPaint { IsAntialias = true };

        // A band-coloured edge and a tinted score panel on the right.
        fill.Color = band;
        canvas.DrawRect(0, 0, 20, ShareCard.Height, fill);
        fill.Color = Colour(PaletteRole.Tint);
        canvas.DrawRect(ScoreLeft - 30, 0, ShareCard.Width - ScoreLeft + 30, ShareCard.Height - 110, fill);

        using var small = new SKFont(_bold, 28);
        fill.Color = Colour(PaletteRole.Accent);
        canvas.DrawText("Jobpocalypse", Margin, 92, SKTextAlign.Left, small, fill);
        using var label = new SKFont(_regular, 26);
        fill.Color = Colour(PaletteRole.Muted);
        canvas.DrawText("How much of this job current AI can do", Margin, 132, SKTextAlign.Left, label, fill);

        // The title shrinks until it fits (the longest O*NET titles take four lines at 34 px); the verdict gets what is
        // left above the evidence line.
        var y = 214f;
        var (titleFont, titleLines) = Fit(card.Title, _bold, [(60, 2), (52, 3), (44, 3), (38, 4), (34, 4)], TextRight - Margin);
        using (titleFont)
        {
            fill.Color = Colour(PaletteRole.Ink);
            foreach (var line in titleLines) { canvas.DrawText(line, Margin, y, SKTextAlign.Left, titleFont, fill); y += titleFont.Size * 1.18f; }
        }
        using var verdictFont = new SKFont(_regular, 30);
        fill.Color = Colour(PaletteRole.Ink);
        var verdictLines = Wrap(card.Verdict, verdictFont, TextRight - Margin, (int)((500 - y) / 40) + 1);
        y += 14;
        foreach (var line in verdictLines) { canvas.DrawText(line, Margin, y, SKTextAlign.Left, verdictFont, fill); y += 40; }

        // The score, "/ 100" and the band pill, centred in the panel.
        var centre = (ScoreLeft - 30 + ShareCard.Width) / 2f;
        using var scoreFont = new SKFont(_bold, card.Score.Length > 3 ? 72 : 170);
        fill.Color = band;
        canvas.DrawText(card.Score, centre, 300, SKTextAlign.Center, scoreFont, fill);
        using var outOf = new SKFont(_bold, 34);
        fill.Color = Colour(PaletteRole.Muted);
        canvas.DrawText("out of 100", centre, 356, SKTextAlign.Center, outOf, fill);
        using var bandFont = new SKFont(_bold, 34);
        var pillWidth = bandFont.MeasureText(card.Band) + 56;
        fill.Color = band;
        canvas.DrawRoundRect(new SKRect(centre - pillWidth / 2, 392, centre + pillWidth / 2, 448), 28, 28, fill);
        fill.Color = SKColors.White;
        canvas.DrawText(card.Band, centre, 432, SKTextAlign.Center, bandFont, fill);

        // The evidence line across the foot.
        fill.Color = Colour(PaletteRole.Line);
        canvas.DrawRect(20, ShareCard.Height - 110, ShareCard.Width - 20, 2, fill);
        fill.Color = Colour(PaletteRole.Muted);
        var evidence = Wrap(card.Evidence, label, ShareCard.Width - 2 * Margin, 1)[0];
        canvas.DrawText(evidence, Margin, ShareCard.Height - 48, SKTextAlign.Left, label, fill);

        using var pixels = surface.PeekPixels();
        // A flat-colour card compresses well at zlib level 1: the default level 6 takes several times as long for a file
        // only a little smaller.
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 1)) ?? throw new InvalidOperationException("The card could not be encoded as PNG.");
        return png.ToArray();
    }

    /// <summary>The width of a text in the regular face at a size (the badge sizes its halves with it).</summary>
    public float Measure(string text, float size)
    {
        using var font = new SKFont(_regular, size);
        return font.MeasureText(text);
    }

    /// <summary>The largest size at which the text fits in that size's lines (the last size, cut, if none does).</summary>
    private static (SKFont Font, IReadOnlyList<string> Lines) Fit(string text, SKTypeface face, (float Size, int Lines)[] sizes, float width)
    {
        foreach (var (size, maxLines) in sizes)
        {
            var font = new SKFont(face, size);
            var lines = Wrap(text, font, width, int.MaxValue);
            if (lines.Count <= maxLines) return (font, lines);
            font.Dispose();
        }
        var smallest = new SKFont(face, sizes[^1].Size);
        return (smallest, Wrap(text, smallest, width, sizes[^1].Lines));
    }

    /// <summary>Greedy word wrap to a width; past the last line allowed, the last line ends with an ellipsis.</summary>
    internal static IReadOnlyList<string> Wrap(string text, SKFont font, float width, int maxLines)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (font.MeasureText(candidate) <= width || current.Length == 0) { current = candidate; continue; }
            lines.Add(current);
            current = word;
        }
        if (current.Length > 0) lines.Add(current);
        if (lines.Count == 0) return [""];
        if (lines.Count <= maxLines && lines.All(l => font.MeasureText(l) <= width)) return lines;
        var kept = lines.Take(maxLines).ToList();
        var last = kept.Count < lines.Count ? kept[^1] + "…" : kept[^1];
        while (last.Length > 1 && font.MeasureText(last) > width) last = last[..^2].TrimEnd() + "…";
        kept[^1] = last;
        return kept;
    }

    private SKColor Colour(PaletteRole role) => SKColor.Parse(_palette.Hex(role));

    private static SKTypeface Load(string face)
    {
        using var stream = typeof(ShareCardRenderer).Assembly.GetManifestResourceStream($"Jobpocalypse.Web.Pdf.Fonts.{face}.ttf")
            ?? throw new InvalidOperationException($"Font {face} is not embedded in the assembly.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"Font {face} could not be read.");
    }

    public void Dispose()
    {
        _regular.Dispose();
        _bold.Dispose();
    }
}
