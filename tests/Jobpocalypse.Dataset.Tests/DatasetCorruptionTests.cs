
namespace Jobpocalypse.Dataset.Tests;

/// <summary>A good reference database, built once from the fixture dataset, that each test copies as its target.</summary>
public sealed class GoodDatabaseFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public string DatabasePath => _folder.File("reference.db");

    public string Version { get; private set; } = "";

    public async Task InitializeAsync() =>
        Version = (await new DatasetBuilder().BuildAsync(DatasetTestData.FixturePath, DatabasePath)).Version;

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>A malformed input stops the build, names the file, line and reason, and leaves the target as it was.</summary>
public sealed class DatasetCorruptionTests(GoodDatabaseFixture good) : IClassFixture<GoodDatabaseFixture>, IDisposable
{
    private const string Bls2024 = "bls/employment_projections_2024_34_table_1_2.csv";
    private const string Tasks = "onet-29.3/task_statements.tsv";
    private const int MedicalRecords = 11; // the fixture's line of 29-2072 in the 2024 BLS table

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("non-numeric employment", Bls2024, MedicalRecords, "column 'Employment, 2024': '19x4.8' is not a number")]
    [InlineData("unknown wage marker", Bls2024, MedicalRecords, "'n/a' is neither a wage in dollars nor a BLS marker")]
    [InlineData("truncated TSV row", Tasks, 101, "expected 8 fields, found 4")]
    [InlineData("duplicate task", Tasks, 3, "duplicate task 8823 of occupation '11-1011.00'")]
    [InlineData("missing description", "onet-29.3/occupation_data.tsv", 5, "missing value in column 'Description'")]
    [InlineData("unknown exposure label", "eloundou-2023/full_labelset.tsv", 2, "column 'human_exposure_agg': 'E9' is not one of")]
    [InlineData("stray quote", "onet-29.3/alternate_titles.tsv", 10, "a quote inside an unquoted field")]
    [InlineData("missing file", "aioe/aioe_by_soc2010.csv", null, "input file is missing")]
    public async Task Malformed_input_fails_and_leaves_the_target_untouched(string corruption, string file, int? line, string reason)
    {
        var data = DatasetTestData.CopyFixtureTo(_folder.File("data"));
        var path = Path.Combine(data, file);
        switch (corruption)
        {
            case "non-numeric employment":
                DatasetTestData.ReplaceLine(path, MedicalRecords, l => l.Replace(",194.8,", ",19x4.8,"));
                break;
            case "unknown wage marker":
                DatasetTestData.ReplaceLine(path, MedicalRecords, l => l.Replace(",50250,", ",n/a,"));
                break;
            case "truncated TSV row":
                DatasetTestData.ReplaceLine(path, 101, l => string.Join('\t', l.Split('\t').Take(4)));
                break;
            case "duplicate task":
                var first = File.ReadLines(path).ElementAt(1);
                DatasetTestData.ReplaceLine(path, 3, _ => first);
                break;
            case "missing description":
                DatasetTestData.ReplaceLine(path, 5, l => string.Join('\t', l.Split('\t')[..2]) + "\t");
                break;
            case "unknown exposure label":
                DatasetTestData.ReplaceLine(path, 2, l => l.Replace("\tE0\tE2\tE2\tFalse", "\tE9\tE2\tE2\tFalse"));
                break;
            case "stray quote":
                DatasetTestData.ReplaceLine(path, 10, l => l.Replace("Chief", "Ch\"ief"));
                break;
            case "missing file":
                File.Delete(path);
                break;
        }

        var target = _folder.File("app-data", "reference.db");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(good.DatabasePath, target);
        var before = DatasetTestData.FileHash(target);

        var error = await Assert.ThrowsAsync<DatasetBuildException>(() => new DatasetBuilder().EnsureBuiltAsync(data, target));

        Assert.Equal(file, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason);
        Assert.StartsWith(line is null ? $"{file}: " : $"{file}, line {line}: ", error.Message);
        Assert.Equal(before, DatasetTestData.FileHash(target));
        Assert.Equal(good.Version, DatasetBuilder.ReadVersion(target));
        Assert.Empty(DatasetTestData.TempFilesBeside(target));
    }

    [Fact]
    public async Task A_missing_data_folder_is_named()
    {
        var missing = _folder.File("no-such-data");
        var error = await Assert.ThrowsAsync<DatasetBuildException>(() => new DatasetBuilder().EnsureBuiltAsync(missing, _folder.File("reference.db")));
        Assert.Contains(missing, error.Message);
        Assert.False(File.Exists(_folder.File("reference.db")));
    }

    [Fact]
    public async Task A_cancelled_build_leaves_the_target_untouched()
    {
        var target = _folder.File("reference.db");
        File.Copy(good.DatabasePath, target);
        var before = DatasetTestData.FileHash(target);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DatasetBuilder().BuildAsync(DatasetTestData.FixturePath, target, cancelled.Token));

        Assert.Equal(before, DatasetTestData.FileHash(target));
        Assert.Empty(DatasetTestData.TempFilesBeside(target));
    }
}
