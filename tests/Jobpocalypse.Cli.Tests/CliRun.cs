namespace Jobpocalypse.Cli.Tests;

/// <summary>One in-process run of the command line, with what it wrote to each stream.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, TimeProvider.System);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
