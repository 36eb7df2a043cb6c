namespace Jobpocalypse.Web.Reports;

/// <summary>Where a column's figures sit: numbers right, heatmap shares centred.</summary>
public enum ColumnAlign { Left, Right, Center }

/// <summary>A table column: its heading and its share of the PDF's text width (the page's tables size themselves).</summary>
public sealed record ReportColumn(string Heading, double Share, ColumnAlign Align = ColumnAlign.Left)
{
    public static ReportColumn Number(string heading, double share) => new(heading, share, ColumnAlign.Right);
    /// <summary>A column of figures (right-aligned, or centred like the heatmap's shares).</summary>
    public bool IsNumber => Align != ColumnAlign.Left;
}

/// <summary>How a cell's note is set: under the text (a detail), or beside it in brackets (a source's date).</summary>
public enum NoteStyle { Below, Beside }

/// <summary>One table cell: formatted text, an optional muted note, bold for totals; a heatmap cell has a fill and the ink that reads on it.</summary>
public sealed record ReportCell(string Text, string? Note = null, bool Bold = false, NoteStyle NoteStyle = NoteStyle.Below, string? Fill = null, string? Ink = null)
{
    public static implicit operator ReportCell(string text) => new(text);
}

/// <summary>
/// A table of the report: rows of formatted cells, and footer rows (totals). The first cell of a row names it
/// (<see cref="RowHeaders"/>); <see cref="ShowHeadings"/> false for a two-column list of figures whose rows name themselves.
/// </summary>
public sealed record ReportTable(string TestId, string Caption, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportCell[]> Rows)
{
    public IReadOnlyList<ReportCell[]> Footer { get; init; } = [];
    public bool RowHeaders { get; init; } = true;
    public bool ShowHeadings { get; init; } = true;
    /// <summary>A CSS class per row, by index (a task that is not rated is greyed); empty when no row has one.</summary>
    public IReadOnlyList<string?> RowClasses { get; init; } = [];
}

/// <summary>A sentence with one figure set in bold: "The score is <b>27</b> on a 0–100 scale."</summary>
public sealed record Phrase(string Before, string Strong, string After)
{
    public override string ToString() => Before + Strong + After;
}

/// <summary>A link of the page (the PDF names the page instead, in its own closing sentence).</summary>
public sealed record ReportLink(string Text, string Href);

/// <summary>
/// One bar of a chart, 0–100: its label, its value and shown figure, the palette role it is filled with, and for a
/// signal an inner bar (the points it adds) in <see cref="InnerRole"/>. Totals are bold.
/// </summary>
public sealed record ChartBar(string Label, double? Value, string Figure, PaletteRole Role, bool Bold = false)
{
    public double? Inner { get; init; }
    public PaletteRole InnerRole { get; init; } = PaletteRole.Accent;
    /// <summary>What the bar says when it has no value ("no data").</summary>
    public string? Missing { get; init; }
}
