using System.Text.Json.Nodes;
using Dapper;

namespace Jobpocalypse.Dataset.Tests;

/// <summary>The AI tool catalogue is part of the dataset: loaded in file order, and a bad entry stops the build.</summary>
public sealed class ToolCatalogueBuildTests : IDisposable
{
    private const string ToolFile = "editorial/tools/ai-tools.json";
    private readonly TempFolder _folder = new();
    private readonly string _data;

    public ToolCatalogueBuildTests() => _data = DatasetTestData.CopyFixtureTo(_folder.File("data"));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Categories_and_patterns_are_stored_in_file_order()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(_data, ToolFile)))!["categories"]!.AsArray();

        await new DatasetBuilder().EnsureBuiltAsync(_data, _folder.File("reference.db"));

        using var db = DatasetTestData.Open(_folder.File("reference.db"));
        var ids = db.Query<string>("SELECT id FROM tool_categories ORDER BY position").ToList();
        Assert.Equal(file.Select(c => c!["id"]!.GetValue<string>()), ids);
        Assert.Equal(file.Sum(c => c!["patterns"]!.AsArray().Count), db.ExecuteScalar<long>("SELECT count(*) FROM tool_patterns"));
    }

    [Fact]
    public async Task A_malformed_pattern_fails_the_build_naming_the_file()
    {
        var path = Path.Combine(_data, ToolFile);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["categories"]![0]!["patterns"]!.AsArray().Add("Not A Pattern!");
        File.WriteAllText(path, json.ToJsonString());

        var error = await Assert.ThrowsAsync<DatasetBuildException>(() => new DatasetBuilder().EnsureBuiltAsync(_data, _folder.File("reference.db")));

        Assert.Equal(ToolFile, error.File);
        Assert.Contains("Not A Pattern!", error.Message);
        Assert.False(File.Exists(_folder.File("reference.db")));
    }

    [Fact]
    public async Task A_checks_line_with_doubled_punctuation_fails_the_build()
    {
        var path = Path.Combine(_data, ToolFile);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["categories"]![0]!["checks"] = "The coder checks the codes.; Then signs.";
        File.WriteAllText(path, json.ToJsonString());

        var error = await Assert.ThrowsAsync<DatasetBuildException>(() => new DatasetBuilder().EnsureBuiltAsync(_data, _folder.File("reference.db")));

        Assert.Equal(ToolFile, error.File);
        Assert.Contains("'checks' must be one sentence", error.Message);
    }
}
