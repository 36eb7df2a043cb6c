namespace Jobpocalypse.Web.Pdf;

/// <summary>One column of a PDF table: its heading, its share of the text width, and whether figures align right.</summary>
internal sealed record PdfColumn(string Heading, double Share, bool AlignRight = false);
