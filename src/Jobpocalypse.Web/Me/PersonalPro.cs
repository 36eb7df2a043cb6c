using Jobpocalypse.Scoring;
using Jobpocalypse.Scoring.Personal;
using Jobpocalypse.Scoring.Pro;
using Jobpocalypse.Web.Pro;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;

namespace Jobpocalypse.Web.Me;

/// <summary>
/// The Pro sections that apply to a reader's own tasks: the heatmap (their tasks' share of entry, mid and senior time,
/// coloured by feasibility) and the AI tools for their most exposed tasks, by the occupation reports' rules. Pivot paths
/// and wage impact rest on one occupation's wage, outlook and O*NET relations, which a mix of tasks does not have.
/// </summary>
public sealed record PersonalPro(ReportTable Heatmap, IReadOnlyList<ToolItem> Tools, string? NoTools)
{
    public const string NotApplicable = "Pivot paths and the wage impact rest on one occupation's wage, outlook and O*NET relations, which " +
        "your own mix of tasks does not have; each occupation's report above has them.";

    public static PersonalPro Build(PersonalScore personal, ReferenceSnapshot snapshot)
    {
        var pro = snapshot.Model.Pro;
        var heatmap = TaskHeatmap.For(personal.Score, new SeniorityModel(snapshot.Model.Seniority), pro);
        var table = new ReportTable("me-heatmap-table", "Share of each level's work time by your task; colour: how much of the task AI can do",
            [new("Task", 0.64), new("Entry", 0.12, ColumnAlign.Center), new("Mid", 0.12, ColumnAlign.Center), new("Senior", 0.12, ColumnAlign.Center)],
            heatmap.Rows.Select(row => (ReportCell[])
            [
                new ReportCell(row.Task.Task.Text, $"{(row.Task.IsRated ? $"feasibility {Infrastructure.Display.Score(row.Task.Feasibility)}" : "not rated")}; " +
                    ProText.TiltWords(row.Tilt), NoteStyle: NoteStyle.Beside),
                .. row.Cells.Select(c => new ReportCell(ProText.Pct(c.Share), Fill: c.Bin.Fill, Ink: c.Bin.Text)),
            ]).ToList()) { RowHeaders = false };
        var tools = ToolRecommendations.For(personal.Score.TaskSignal, snapshot.Tools, pro);
        return new PersonalPro(table,
            tools.Categories.Select(c => new ToolItem(c.Category.Name, c.Tasks.Select(ProText.ToolTask).ToList(), ProText.ToolDoes(c), ProText.ToolChecks(c))).ToList(),
            tools.Categories.Count == 0 ? "None of your most exposed tasks matches a kind of AI tool in our catalogue." : null);
    }
}
