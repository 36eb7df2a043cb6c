namespace Jobpocalypse.Web.Pdf;

internal enum PdfAlign { Left, Right, Center }

/// <summary>One column of a PDF table: its heading, its share of the text width, and how its cells align.</summary>
internal sealed record PdfColumn(string Heading, double Share, PdfAlign Align = PdfAlign.Left)
{
    public static PdfColumn Number(string heading, double share) => new(heading, share, PdfAlign.Right);
}
