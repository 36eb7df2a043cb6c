using Jobpocalypse.Dataset.Tests;

namespace Jobpocalypse.Cli.Tests;

/// <summary>build-dataset run for real on the fixture dataset, as the Dockerfile and bench/ run it.</summary>
public sealed class BuildDatasetCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Builds_then_reports_up_to_date()
    {
        var target = _folder.File("app-data", "reference.db");

        var built = await CliRun.RunAsync("build-dataset", "--data", DatasetTestData.FixturePath, "--out", target);
        Assert.Equal(0, built.ExitCode);
        Assert.True(File.Exists(target));
        var version = DatasetBuilder.ReadVersion(target)!;
        Assert.Contains($"Dataset {version[..16]} built", built.Output);
        Assert.Contains("occupations", built.Output);

        var again = await CliRun.RunAsync("build-dataset", "--data", DatasetTestData.FixturePath, "--out", target);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("is up to date", again.Output);
        Assert.Equal("", built.Error + again.Error);
    }

    [Fact]
    public async Task Force_rebuilds_an_up_to_date_database()
    {
        var target = _folder.File("reference.db");
        Assert.Equal(0, (await CliRun.RunAsync("build-dataset", "--data", DatasetTestData.FixturePath, "--out", target)).ExitCode);

        var forced = await CliRun.RunAsync("build-dataset", "--data", DatasetTestData.FixturePath, "--out", target, "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("built from", forced.Output);
    }

    [Fact]
    public async Task A_failed_build_exits_1_with_the_reason_on_stderr()
    {
        var missing = _folder.File("no-data");
        var run = await CliRun.RunAsync("build-dataset", "--data", missing, "--out", _folder.File("reference.db"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(missing, run.Error);
        Assert.False(File.Exists(_folder.File("reference.db")));
    }
}
