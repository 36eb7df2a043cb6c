using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Pro;

namespace Jobpocalypse.Web.Reports;

/// <summary>A swatch of the heatmap's colour scale: the bin's fill and its name with its range.</summary>
public sealed record HeatmapSwatch(string Fill, string Label);

/// <summary>One task row of the heatmap chart: its statement (whole, and shortened for the label) and a cell per level.</summary>
public sealed record HeatmapChartRow(string Task, string Label, IReadOnlyList<ReportCell> Cells);

/// <summary>The task heatmap: which tasks fill each level's time, coloured by how much of each AI can do.</summary>
public sealed record ProHeatmapSection(
    string Explanation, IReadOnlyList<HeatmapSwatch> Legend, string ChartTitle, IReadOnlyList<string> Levels, IReadOnlyList<HeatmapChartRow> Chart,
    ReportTable Table)
{
    public const string Id = "task-heatmap";
    public const string Heading = ProText.HeatmapTitle;
    public const string Lede = ProText.HeatmapLede;
    public const string LegendLabel = "Colour: how much of the task current AI can do";

    public static ProHeatmapSection Build(ProInsights p)
    {
        var heatmap = p.Heatmap;
        var rows = heatmap.Rows.Select(row => new
        {
            Task = new ReportCell(row.Task.Task.Text,
                $"{(row.Task.IsRated ? $"feasibility {Display.Score(row.Task.Feasibility)}" : "not rated")}; {ProText.TiltWords(row.Tilt)}", NoteStyle: NoteStyle.Beside),
            Cells = row.Cells.Select(c => new ReportCell(ProText.Pct(c.Share), Fill: c.Bin.Fill, Ink: c.Bin.Text)).ToArray(),
        }).ToList();
        var table = new ReportTable("heatmap-table", "Share of each level's work time by task; colour: how much of the task AI can do",
            [new("Task", 0.64), new("Entry", 0.12, ColumnAlign.Center), new("Mid", 0.12, ColumnAlign.Center), new("Senior", 0.12, ColumnAlign.Center)],
            rows.Select(r => (ReportCell[])[r.Task, .. r.Cells]).ToList())
        {
            RowHeaders = false,
            Footer = p.Wage.ByLevel.Count > 0
                ? [[new ReportCell("Expected share AI can do", Bold: true), .. p.Wage.ByLevel.Select(l => new ReportCell(ProText.Pct(l.Expected), Bold: true))]]
                : [],
        };
        return new(
            p.Snapshot.Model.Pro.Heatmap.Explanation,
            heatmap.Legend.Select(b => new HeatmapSwatch(b.Fill, b == heatmap.Scale.NotRated ? b.Name : $"{b.Name} ({b.Range})")).ToList(),
            "Share of entry, mid and senior work time spent on each task, coloured by how much of the task AI can do; the table below gives the same figures.",
            ["Entry", "Mid", "Senior"],
            heatmap.Rows.Select((row, i) => new HeatmapChartRow(row.Task.Task.Text, Short(row.Task.Task.Text), rows[i].Cells)).ToList(),
            table);
    }

    /// <summary>A chart label fits its column: a long statement is cut at 60 characters.</summary>
    private static string Short(string text) => text.Length <= 62 ? text : text[..60].TrimEnd() + "…";
}
