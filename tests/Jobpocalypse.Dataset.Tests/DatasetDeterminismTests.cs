
namespace Jobpocalypse.Dataset.Tests;

/// <summary>Two builds of the same inputs, at different times, into different files.</summary>
public sealed class DeterminismFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public string FirstPath => _folder.File("first", "reference.db");

    public string SecondPath => _folder.File("second", "reference.db");

    public DatasetBuildResult First { get; private set; } = null!;

    public DatasetBuildResult Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        First = await new DatasetBuilder(new FixedTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)))
            .BuildAsync(DatasetTestData.FixturePath, FirstPath);
        Second = await new DatasetBuilder(new FixedTimeProvider(new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero)))
            .BuildAsync(DatasetTestData.FixturePath, SecondPath);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class DatasetDeterminismTests(DeterminismFixture builds) : IClassFixture<DeterminismFixture>
{
    [Fact]
    public void Same_inputs_give_the_same_version()
    {
        Assert.Equal(builds.First.Version, builds.Second.Version);
        Assert.Equal(builds.First.Version, DatasetBuilder.ReadVersion(builds.SecondPath));
        Assert.Matches("^[0-9a-f]{64}$", builds.First.Version);
    }

    [Fact]
    public void Same_inputs_give_the_same_rows_in_every_table()
    {
        var first = DatasetTestData.TableDumps(builds.FirstPath);
        var second = DatasetTestData.TableDumps(builds.SecondPath);
        Assert.Contains("tasks", first.Keys);
        Assert.Contains("search_titles_data", first.Keys); // the FTS index itself is compared too
        Assert.Equal(first, second);
    }

    [Fact]
    public void Built_at_comes_from_the_injected_clock()
    {
        using var first = DatasetTestData.Open(builds.FirstPath);
        using var second = DatasetTestData.Open(builds.SecondPath);
        Assert.Equal("2025-01-01T00:00:00Z", Dapper.SqlMapper.ExecuteScalar<string>(first, "SELECT value FROM dataset_info WHERE key = 'built_at'"));
        Assert.Equal("2025-06-30T12:00:00Z", Dapper.SqlMapper.ExecuteScalar<string>(second, "SELECT value FROM dataset_info WHERE key = 'built_at'"));
    }
}
