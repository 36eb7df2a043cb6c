using System.Text.Json.Nodes;
using Dapper;
using Jobpocalypse.Dataset.Tests;

namespace Jobpocalypse.Web.Tests.Search;

/// <summary>
/// The search synonyms are a dataset source: versioned into the dataset hash, stored, and checked by the build.
/// The real file is built as it is; the edits that must fail the build are made to a copy of the fixture dataset,
/// which has synonyms of its own and builds in milliseconds.
/// </summary>
public sealed class SynonymBuildTests : IDisposable
{
    private const string SynonymFile = "search/synonyms.json";
    private readonly TempFolder _folder = new();
    private readonly string _data;

    public SynonymBuildTests() => _data = DatasetTestData.CopyFixtureTo(_folder.File("data"));

    public void Dispose() => _folder.Dispose();

    private string SynonymPath => Path.Combine(_data, SynonymFile);

    private void Change(Action<JsonNode> change)
    {
        var json = JsonNode.Parse(File.ReadAllText(SynonymPath))!;
        change(json);
        File.WriteAllText(SynonymPath, json.ToJsonString());
    }

    [Fact]
    public async Task Every_entry_is_stored_with_its_codes_in_order_and_as_a_search_row()
    {
        var real = DatasetTestData.DataFolderPath;
        var entries = JsonNode.Parse(File.ReadAllText(Path.Combine(real, SynonymFile)))!["entries"]!.AsArray();

        await new DatasetBuilder().EnsureBuiltAsync(real, _folder.File("reference.db"));

        using var db = DatasetTestData.Open(_folder.File("reference.db"));
        Assert.Equal(entries.Sum(e => e!["codes"]!.AsArray().Count), db.ExecuteScalar<long>("SELECT count(*) FROM search_synonyms"));
        var uber = db.Query<string>("SELECT occupation_code FROM search_synonyms WHERE term = 'uber driver' ORDER BY position").ToList();
        Assert.Equal(["53-3054.00", "53-3053.00"], uber);
        Assert.Equal(2, db.ExecuteScalar<long>("SELECT count(*) FROM search_titles WHERE kind = 'synonym' AND title = 'uber driver'"));
        Assert.Contains("uber", db.Query<string>("SELECT word FROM search_vocabulary"));
    }

    [Fact]
    public void The_synonyms_file_is_part_of_the_dataset_version()
    {
        var before = DatasetBuilder.ComputeVersion(_data);
        Change(j => j["version"] = "test");
        Assert.NotEqual(before, DatasetBuilder.ComputeVersion(_data));
    }

    [Theory]
    [InlineData("99-9999.00", "not an occupation of the dataset")]
    [InlineData("53-3054", "not an occupation of the dataset")]
    public async Task A_code_that_is_not_an_occupation_fails_the_build(string code, string message)
    {
        Change(j => j["entries"]![0]!["codes"]!.AsArray().Add(code));

        var error = await Assert.ThrowsAsync<DatasetBuildException>(() => new DatasetBuilder().EnsureBuiltAsync(_data, _folder.File("reference.db")));

        Assert.Equal(SynonymFile, error.File);
        Assert.Contains(code, error.Message);
        Assert.Contains(message, error.Message);
        Assert.False(File.Exists(_folder.File("reference.db")));
    }

    [Fact]
    public async Task An_entry_without_a_reason_or_a_term_listed_twice_fails_the_build()
    {
        Change(j => j["entries"]![0]!["why"] = " ");
        var noWhy = await Assert.ThrowsAsync<DatasetBuildException>(() => new DatasetBuilder().EnsureBuiltAsync(_data, _folder.File("reference.db")));
        Assert.Contains("says why", noWhy.Message);

        File.Copy(Path.Combine(DatasetTestData.FixturePath, SynonymFile), SynonymPath, overwrite: true);
        // The same term in another case, plural and punctuation is the same term (the fixture lists "cdl driver").
        Change(j => j["entries"]!.AsArray().Add(JsonNode.Parse("""{ "term": "CDL  Drivers?", "codes": ["53-3032.00"], "why": "again" }""")));
        var twice = await Assert.ThrowsAsync<DatasetBuildException>(() => new DatasetBuilder().EnsureBuiltAsync(_data, _folder.File("reference.db")));
        Assert.Contains("listed twice", twice.Message);
    }
}
