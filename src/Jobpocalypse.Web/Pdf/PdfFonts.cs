using PdfSharp.Drawing;

namespace Jobpocalypse.Web.Pdf;

/// <summary>The report's fonts, created once the embedded font resolver is installed (PDFsharp resolves a font when it is created).</summary>
internal sealed class PdfFonts
{
    private static readonly Lazy<PdfFonts> s_instance = new(() =>
    {
        EmbeddedFontResolver.EnsureInstalled();
        return new PdfFonts();
    });

    public static PdfFonts Instance => s_instance.Value;

    public XFont Title { get; } = new(EmbeddedFontResolver.Family, 20, XFontStyleEx.Bold);
    public XFont Heading { get; } = new(EmbeddedFontResolver.Family, 13, XFontStyleEx.Bold);
    public XFont Body { get; } = new(EmbeddedFontResolver.Family, 10);
    public XFont Score { get; } = new(EmbeddedFontResolver.Family, 16, XFontStyleEx.Bold);
    public XFont Small { get; } = new(EmbeddedFontResolver.Family, 8);
    public XFont SmallBold { get; } = new(EmbeddedFontResolver.Family, 8, XFontStyleEx.Bold);
}
