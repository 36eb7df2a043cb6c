using System.Text.Json;
using System.Text.Json.Serialization;
using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Dataset;

/// <summary>
/// Reads the AI tool catalogue, <c>data/editorial/tools/ai-tools.json</c>:
/// <c>{ "categories": [ { "id", "name", "why", "checks", "patterns": ["transcri*", "code* + patient*"] } ] }</c>,
/// checked with the scoring library's own rules so that a bad pattern stops the build, not a page.
/// </summary>
internal static class ToolSource
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private sealed record ToolFile(List<ToolCategory>? Categories);

    public static (List<ToolCategoryRow> Categories, List<ToolPatternRow> Patterns) Read(DatasetInputs inputs)
    {
        const string file = DatasetInputs.ToolCatalogue;
        ToolFile? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<ToolFile>(inputs[file], s_json);
        }
        catch (JsonException e)
        {
            throw new DatasetBuildException(file, e.LineNumber + 1, $"invalid JSON at {e.Path}: {e.Message}", e);
        }
        if (parsed?.Categories is not { Count: > 0 } categories)
            throw new DatasetBuildException(file, null, "no tool categories");
        try
        {
            ToolCatalogue.Create(categories);
        }
        catch (FormatException e)
        {
            throw new DatasetBuildException(file, null, e.Message, e);
        }
        return (
            categories.Select((c, i) => new ToolCategoryRow { Id = c.Id, Position = i + 1, Name = c.Name, Why = c.Why, Checks = c.Checks }).ToList(),
            categories.SelectMany(c => c.Patterns.Select((p, i) => new ToolPatternRow { CategoryId = c.Id, Position = i + 1, Pattern = p })).ToList());
    }
}
