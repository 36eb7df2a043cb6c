
namespace Jobpocalypse.Web.Tests.Dataset;

public sealed class DatasetCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => _folder.Dispose();

    private Task<int> Run(params string[] args) => DatasetCommand.RunAsync(args, _output, _error);

    [Fact]
    public void Recognises_its_invocation()
    {
        Assert.True(DatasetCommand.IsInvocation(["build-dataset", "--force"]));
        Assert.False(DatasetCommand.IsInvocation([]));
        Assert.False(DatasetCommand.IsInvocation(["--urls", "http://localhost:5000"]));
    }

    [Fact]
    public async Task Builds_then_reports_up_to_date()
    {
        var target = _folder.File("app-data", "reference.db");

        Assert.Equal(0, await Run("build-dataset", "--data", DatasetTestData.DataFolderPath, "--out", target));
        Assert.True(File.Exists(target));
        var version = DatasetBuilder.ReadVersion(target)!;
        Assert.Contains($"Dataset {version[..16]} built", _output.ToString());

        Assert.Equal(0, await Run("build-dataset", "--data", DatasetTestData.DataFolderPath, "--out", target));
        Assert.Contains("is up to date", _output.ToString());
        Assert.Equal("", _error.ToString());
    }

    [Fact]
    public async Task Bad_arguments_exit_2_with_usage()
    {
        Assert.Equal(2, await Run("build-dataset", "--bogus"));
        Assert.Contains("unexpected argument '--bogus'", _error.ToString());
        Assert.Contains("Usage: build-dataset", _error.ToString());
    }

    [Fact]
    public async Task A_failed_build_exits_1_with_the_reason_on_stderr()
    {
        var missing = _folder.File("no-data");
        Assert.Equal(1, await Run("build-dataset", "--data", missing, "--out", _folder.File("reference.db")));
        Assert.Contains(missing, _error.ToString());
        Assert.False(File.Exists(_folder.File("reference.db")));
    }
}
