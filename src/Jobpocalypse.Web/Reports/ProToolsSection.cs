using Jobpocalypse.Web.Pro;

namespace Jobpocalypse.Web.Reports;

/// <summary>One kind of tool: the tasks it serves here, what it does and what a person still checks.</summary>
public sealed record ToolItem(string Name, IReadOnlyList<string> Tasks, string Does, string Checks);

/// <summary>AI tool recommendations: kinds of tool for the occupation's most exposed tasks, tied to those tasks.</summary>
public sealed record ProToolsSection(string? None, IReadOnlyList<ToolItem> Tools, IReadOnlyList<string> Formulas)
{
    public const string Id = "ai-tools";
    public const string Heading = ProText.ToolsTitle;
    public const string Lede = ProText.ToolLede;
    public const string Note = ProText.ToolNote;
    public const string TasksHeading = "Tasks it serves here";
    public const string FormulasHeading = "How tools are matched";
    public static readonly ReportLink NoteLink = new("how", "/methodology#pro-tools");

    public static ProToolsSection Build(ProInsights p) => new(
        p.Tools.Categories.Count == 0 ? ProText.ToolsNone(p) : null,
        p.Tools.Categories.Select(c => new ToolItem(c.Category.Name, c.Tasks.Select(ProText.ToolTask).ToList(), ProText.ToolDoes(c), ProText.ToolChecks(c))).ToList(),
        ProReport.Formulas(p.Snapshot.Model.Pro.Tools.Formulas));
}
