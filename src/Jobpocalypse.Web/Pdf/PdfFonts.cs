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

    private static XFont Regular(double size) => new(EmbeddedFontResolver.Family, size);
    private static XFont Bold(double size) => new(EmbeddedFontResolver.Family, size, XFontStyleEx.Bold);

    public XFont CoverTitle { get; } = Bold(24);
    /// <summary>For the long titles that would take more than two lines at <see cref="CoverTitle"/>'s size.</summary>
    public XFont CoverTitleLong { get; } = Bold(18);
    public XFont CoverScore { get; } = Bold(48);
    public XFont Lead { get; } = Regular(12);
    public XFont Heading { get; } = Bold(14);
    public XFont Subheading { get; } = Bold(10.5);
    public XFont Body { get; } = Regular(9.5);
    public XFont BodyBold { get; } = Bold(9.5);
    public XFont Small { get; } = Regular(8);
    public XFont SmallBold { get; } = Bold(8);
    public XFont Tiny { get; } = Regular(7);

    /// <summary>The bold face of a table's body font, for its bold cells.</summary>
    public XFont BoldOf(XFont font) =>
        font == Small ? SmallBold : font == Body ? BodyBold : throw new ArgumentException("Tables are set in Small or Body.", nameof(font));
}
