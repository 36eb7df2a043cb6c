using Jobpocalypse.Web.Reports;
using Microsoft.AspNetCore.Html;

namespace Jobpocalypse.Web.Pages.Occupations;

/// <summary>
/// A report cell's content as markup, built here rather than in _ReportTable.cshtml so its spacing is exact: the page's
/// tests (and screen readers) read "Source (as of)" and "Task<br>note" with no stray white space from Razor's code blocks.
/// </summary>
public static class ReportCellHtml
{
    public static IHtmlContent Content(ReportCell cell, bool strong)
    {
        var html = new HtmlContentBuilder();
        if (strong) html.AppendHtml("<strong>").Append(cell.Text).AppendHtml("</strong>");
        else html.Append(cell.Text);
        if (cell.Note is { Length: > 0 } note)
        {
            html.AppendHtml(cell.NoteStyle == NoteStyle.Beside ? " <span class=\"muted\">(" : "<br><span class=\"muted\">").Append(note);
            html.AppendHtml(cell.NoteStyle == NoteStyle.Beside ? ")</span>" : "</span>");
        }
        return html;
    }
}
