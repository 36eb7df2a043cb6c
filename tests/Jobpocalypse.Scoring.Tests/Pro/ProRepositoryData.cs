using System.Globalization;
using System.Text.Json;
using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring.Tests.Pro;

/// <summary>
/// The real inputs of the Pro rules, read from data/ the way the dataset build joins them: O*NET 29.3 task statements
/// with the Eloundou et al. labels on (code, task ID), and the editorial tool catalogue parsed with System.Text.Json.
/// </summary>
internal static class ProRepositoryData
{
    private static readonly Lazy<IReadOnlyDictionary<string, (string Title, IReadOnlyList<TaskInput> Tasks)>> s_occupations = new(ReadOccupations);
    private static readonly Lazy<ToolCatalogue> s_tools = new(() => ToolCatalogue.Create(ReadToolFile().Categories));

    public static IReadOnlyDictionary<string, (string Title, IReadOnlyList<TaskInput> Tasks)> Occupations => s_occupations.Value;
    public static ToolCatalogue Tools => s_tools.Value;

    public static IReadOnlyList<TaskInput> Tasks(string code) => Occupations[code].Tasks;
    public static IReadOnlyList<string> TaskTexts(string code) => Occupations[code].Tasks.Select(t => t.Text).ToList();

    /// <summary>The file's shape: <c>{ "categories": [ { "id", "name", "why", "patterns": [] } ] }</c>.</summary>
    public sealed record ToolFile(IReadOnlyList<ToolCategory> Categories);

    public static ToolFile ReadToolFile()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        };
        var text = File.ReadAllText(Path.Combine(RepositoryData.Folder, "editorial", "tools", "ai-tools.json"));
        return JsonSerializer.Deserialize<ToolFile>(text, options) ?? throw new InvalidDataException("ai-tools.json holds null");
    }

    private static IReadOnlyDictionary<string, (string Title, IReadOnlyList<TaskInput> Tasks)> ReadOccupations()
    {
        var labels = RepositoryData.Rows("eloundou-2023/full_labelset.tsv", '\t')
            .ToDictionary(r => (r["O*NET-SOC Code"], (int)double.Parse(r["Task ID"], CultureInfo.InvariantCulture)),
                r => (Exposure: r["gpt4_exposure"], Automation: r["gpt4_automation"]));
        return RepositoryData.Rows("onet-29.3/task_statements.tsv", '\t')
            .GroupBy(r => r["O*NET-SOC Code"])
            .ToDictionary(g => g.Key, g => (g.First()["Title"], (IReadOnlyList<TaskInput>)g.Select(r =>
            {
                int id = int.Parse(r["Task ID"], CultureInfo.InvariantCulture);
                var label = labels.GetValueOrDefault((g.Key, id));
                return new TaskInput(id, r["Task"], LabelParser.Type(r["Task Type"]),
                    LabelParser.Exposure(label.Exposure), LabelParser.Automation(label.Automation));
            }).ToList()));
    }
}
