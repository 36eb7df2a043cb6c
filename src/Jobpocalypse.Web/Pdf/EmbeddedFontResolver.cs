using PdfSharp.Fonts;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// Gives PDFsharp the DejaVu Sans faces shipped inside the assembly (Pdf/Fonts, licence beside them), so a PDF
/// renders the same on any machine, with or without system fonts.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string ResourcePrefix = "Jobpocalypse.Web.Pdf.Fonts.";

    // Any family asks resolve to DejaVu Sans: the reports use no other, and PDFsharp must never fall back to a missing one.
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(ResourcePrefix + faceName + ".ttf")
            ?? throw new InvalidOperationException($"Font {faceName} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static readonly Lazy<bool> s_installed = new(() =>
    {
        GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
        return true;
    });

    /// <summary>
    /// PDFsharp keeps its font resolver in a process-wide setting (its design, not ours): installed once, before the
    /// first document, and never replaced, so several hosts in one test run share it safely.
    /// </summary>
    public static void EnsureInstalled() => _ = s_installed.Value;
}
