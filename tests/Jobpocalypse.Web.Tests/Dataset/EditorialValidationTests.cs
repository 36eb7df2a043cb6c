using System.Text.Json.Nodes;
using Dapper;
using Jobpocalypse.Web.Dataset;

namespace Jobpocalypse.Web.Tests.Dataset;

/// <summary>Editorial analyses (data/editorial/*.json) are loaded when valid and stop the build, naming the file, when not.</summary>
public sealed class EditorialValidationTests : IDisposable
{
    private const string EditorialFile = "editorial/29-2072.00.json";

    private readonly TempFolder _folder = new();
    private readonly string _data;

    public EditorialValidationTests()
    {
        _data = DatasetTestData.CopyDataTo(_folder.File("data"));
        // Whatever analyses the real data/ holds, these tests use only the test file (the tool catalogue stays).
        foreach (var analysis in Directory.GetFiles(Path.Combine(_data, "editorial"), "*.json"))
            File.Delete(analysis);
    }

    public void Dispose() => _folder.Dispose();

    private string Target => _folder.File("reference.db");

    private void WriteEditorial(Action<JsonNode>? change = null)
    {
        var json = JsonNode.Parse(File.ReadAllText(DatasetTestData.TestEditorialFile))!;
        change?.Invoke(json);
        File.WriteAllText(Path.Combine(_data, EditorialFile), json.ToJsonString());
    }

    private async Task<DatasetBuildException> BuildFails() =>
        await Assert.ThrowsAsync<DatasetBuildException>(() => new DatasetBuilder().EnsureBuiltAsync(_data, Target));

    [Fact]
    public async Task A_valid_analysis_is_loaded_with_its_task_sources()
    {
        WriteEditorial();
        await new DatasetBuilder().EnsureBuiltAsync(_data, Target);

        using var connection = DatasetTestData.Open(Target);
        var tasks = connection.Query<(string Code, long Position, string Title)>(
            "SELECT occupation_code, position, title FROM editorial_tasks ORDER BY position").ToList();
        Assert.Equal([("29-2072.00", 1L, "Test task covering two O*NET tasks"), ("29-2072.00", 2L, "Test task covering one O*NET task")], tasks);
        var sources = connection.Query<(long Position, long TaskId)>(
            "SELECT position, task_id FROM editorial_task_sources ORDER BY position, task_id").ToList();
        Assert.Equal([(1L, 22877L), (1L, 22878L), (2L, 22893L)], sources);
    }

    [Fact]
    public async Task A_task_id_of_another_occupation_fails_naming_the_file()
    {
        WriteEditorial(json => json["tasks"]![0]!["onetTaskIds"]!.AsArray().Add(8823)); // a Chief Executives task
        var error = await BuildFails();
        Assert.Equal(EditorialFile, error.File);
        Assert.Contains("O*NET task 8823 is not a task of occupation '29-2072.00'", error.Message);
        Assert.StartsWith(EditorialFile, error.Message);
        Assert.False(File.Exists(Target));
    }

    [Fact]
    public async Task An_unknown_occupation_fails()
    {
        WriteEditorial(json => json["occupation"] = "99-9999.00");
        var error = await BuildFails();
        Assert.Equal(EditorialFile, error.File);
        Assert.Contains("'99-9999.00' is not an occupation", error.Reason);
    }

    [Fact]
    public async Task An_empty_text_fails()
    {
        WriteEditorial(json => json["tasks"]![1]!["rationale"] = "  ");
        var error = await BuildFails();
        Assert.Equal(EditorialFile, error.File);
        Assert.Contains("task 2: 'rationale' is missing or empty", error.Reason);
    }

    [Fact]
    public async Task A_misspelt_property_fails_with_its_line()
    {
        File.WriteAllText(Path.Combine(_data, EditorialFile), """
            {
              "occupation": "29-2072.00",
              "tasks": [ { "title": "t", "onetTaskId": [22877], "rationale": "r", "blsEvidence": "b" } ]
            }
            """);
        var error = await BuildFails();
        Assert.Equal(EditorialFile, error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("onetTaskId", error.Reason);
    }
}
