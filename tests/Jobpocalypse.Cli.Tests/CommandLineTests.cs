namespace Jobpocalypse.Cli.Tests;

/// <summary>Every command answers --help, and refuses an unknown flag or a bad value with exit 2 and a message.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string, string[]> Commands => new()
    {
        { "build-dataset", ["--data", "--out", "--force"] },
        { "score-distribution", ["--data", "--out", "--occupation"] },
        { "pdf-benchmark", ["--data", "--out", "--code", "--runs", "--save"] },
        { "card-bench", ["--data", "--out", "--code", "--runs", "--save"] },
        { "search-bench", ["--data", "--out", "--queries", "--rounds"] },
        { "backup-app-db", ["--out", "--db", "--overwrite"] },
        { "restore-app-db", ["--from", "--db"] },
        { "migrate-app-db", ["--from", "--to", "--keys"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_lists_every_option(string command, string[] options)
    {
        var run = await CliRun.RunAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{command} [options]", run.Output);
        foreach (var option in options)
            Assert.Contains(option, run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Root_help_lists_every_command_and_the_exit_codes()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var (command, _) in Commands.Select(row => ((string)row[0], row[1])))
            Assert.Contains(command, run.Output);
        Assert.Contains("2 bad arguments", run.Output);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task An_unknown_flag_exits_2_and_names_it(string command, string[] _)
    {
        var run = await CliRun.RunAsync(command, "--bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'--bogus'", run.Error);
        Assert.Contains($"{command} --help", run.Error);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("pdf-benchmark", "--runs", "abc")]
    [InlineData("pdf-benchmark", "--runs", "0")]
    [InlineData("card-bench", "--runs", "0")]
    [InlineData("search-bench", "--rounds", "-3")]
    public async Task A_bad_count_exits_2_before_any_work(string command, string option, string value)
    {
        var run = await CliRun.RunAsync(command, option, value, "--data", "no-such-folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} must be a whole number of at least 1, not '{value}'", run.Error);
    }

    [Theory]
    [InlineData("backup-app-db", "--out")]
    [InlineData("restore-app-db", "--from")]
    [InlineData("migrate-app-db", "--from")]
    public async Task A_missing_required_option_exits_2(string command, string option)
    {
        var run = await CliRun.RunAsync(command);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Option '{option}' is required", run.Error);
    }

    [Fact]
    public async Task No_command_exits_2()
    {
        var run = await CliRun.RunAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help", run.Error);
    }
}
