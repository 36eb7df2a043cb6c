using Jobpocalypse.Web.Reports;
using PdfSharp.Drawing;

namespace Jobpocalypse.Web.Pdf;

/// <summary>Sets a table of the report model in the flow: the same rows and footer rows as the page, footer rows in bold.</summary>
internal static class PdfReportTable
{
    public static void Draw(PdfPageFlow flow, ReportTable table, XFont font, XFont headerFont) =>
        flow.Table(Columns(table), Rows(table), font, headerFont, table.Caption);

    public static double Height(PdfPageFlow flow, ReportTable table, XFont font, XFont headerFont) =>
        flow.TableHeight(Columns(table), Rows(table), font, headerFont, table.Caption);

    private static PdfColumn[] Columns(ReportTable table) => table.Columns.Select(c => new PdfColumn(c.Heading, c.Share, c.Align switch
    {
        ColumnAlign.Right => PdfAlign.Right,
        ColumnAlign.Center => PdfAlign.Center,
        _ => PdfAlign.Left,
    })).ToArray();

    private static List<PdfCell[]> Rows(ReportTable table) =>
        table.Rows.Select(r => r.Select(c => Cell(c, c.Bold)).ToArray())
            .Concat(table.Footer.Select(r => r.Select((c, i) => Cell(c, c.Bold || (i == 0 && c.Text.Length > 0))).ToArray()))
            .ToList();

    private static PdfCell Cell(ReportCell c, bool bold) => new(c.Text, c.Note, Bold: bold,
        Fill: c.Fill is { } fill ? PdfColours.FromHex(fill) : null, Ink: c.Ink is { } ink ? PdfColours.FromHex(ink) : null);
}
