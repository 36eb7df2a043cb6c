
namespace Jobpocalypse.Dataset.Tests;

/// <summary>A build runs only when the inputs changed; concurrent builds of one target take turns.</summary>
public sealed class DatasetUpToDateTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Second_ensure_does_not_rebuild()
    {
        var target = _folder.File("app-data", "reference.db");
        var builder = new DatasetBuilder(_clock);
        var first = await builder.EnsureBuiltAsync(DatasetTestData.FixturePath, target);
        var written = File.GetLastWriteTimeUtc(target);
        var hash = DatasetTestData.FileHash(target);

        _clock.Now = _clock.Now.AddHours(1); // a rebuild would record a different built_at
        var second = await builder.EnsureBuiltAsync(DatasetTestData.FixturePath, target);

        Assert.Equal(DatasetBuildOutcome.Built, first.Outcome);
        Assert.Equal(DatasetBuildOutcome.UpToDate, second.Outcome);
        Assert.Equal(first.Version, second.Version);
        Assert.Empty(second.RowCounts);
        Assert.Equal(written, File.GetLastWriteTimeUtc(target));
        Assert.Equal(hash, DatasetTestData.FileHash(target));
    }

    [Fact]
    public async Task A_changed_input_gives_a_new_version_and_a_rebuild()
    {
        var data = DatasetTestData.CopyFixtureTo(_folder.File("data"));
        var target = _folder.File("reference.db");
        var builder = new DatasetBuilder(_clock);
        var first = await builder.EnsureBuiltAsync(data, target);

        DatasetTestData.ReplaceLine(Path.Combine(data, "aioe", "aioe_by_soc2010.csv"), 2, line => line.Replace("1.334246", "1.334247"));
        var second = await builder.EnsureBuiltAsync(data, target);

        Assert.Equal(DatasetBuildOutcome.Built, second.Outcome);
        Assert.NotEqual(first.Version, second.Version);
        Assert.Equal(second.Version, DatasetBuilder.ReadVersion(target));
    }

    [Fact]
    public async Task Force_rebuilds_an_up_to_date_database()
    {
        var target = _folder.File("reference.db");
        var builder = new DatasetBuilder(_clock);
        var first = await builder.EnsureBuiltAsync(DatasetTestData.FixturePath, target);
        var forced = await builder.BuildAsync(DatasetTestData.FixturePath, target);

        Assert.Equal(DatasetBuildOutcome.Built, forced.Outcome);
        Assert.Equal(first.Version, forced.Version);
    }

    [Fact]
    public async Task Concurrent_ensures_build_once()
    {
        var target = _folder.File("reference.db");
        var results = await Task.WhenAll(
            new DatasetBuilder(_clock).EnsureBuiltAsync(DatasetTestData.FixturePath, target),
            new DatasetBuilder(_clock).EnsureBuiltAsync(DatasetTestData.FixturePath, target));

        Assert.Single(results, r => r.Outcome == DatasetBuildOutcome.Built);
        Assert.Single(results, r => r.Outcome == DatasetBuildOutcome.UpToDate);
        Assert.Empty(DatasetTestData.TempFilesBeside(target));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_rebuilt()
    {
        var target = _folder.File("reference.db");
        await File.WriteAllTextAsync(target, "not a database");
        Assert.Null(DatasetBuilder.ReadVersion(target));

        var result = await new DatasetBuilder(_clock).EnsureBuiltAsync(DatasetTestData.FixturePath, target);

        Assert.Equal(DatasetBuildOutcome.Built, result.Outcome);
        Assert.Equal(result.Version, DatasetBuilder.ReadVersion(target));
    }

    [Fact]
    public async Task Stale_temp_files_of_a_killed_build_are_removed_by_the_next_build()
    {
        var target = _folder.File("reference.db");
        var stale = target + ".building-0123456789ab";
        await File.WriteAllTextAsync(stale, "half a database");
        var unrelated = _folder.File("other.db.building-0123456789ab");
        await File.WriteAllTextAsync(unrelated, "another target's build");

        await new DatasetBuilder(_clock).EnsureBuiltAsync(DatasetTestData.FixturePath, target);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(unrelated));
    }
}
