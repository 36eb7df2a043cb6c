using System.CommandLine;
using Jobpocalypse.Cli.Commands;

namespace Jobpocalypse.Cli;

/// <summary>
/// The project's command line: one root command, one subcommand per tool, each with --help. Exit codes, the same for
/// every command: 0 done, 1 failed (or, for a benchmark, its target missed), 2 bad arguments, 130 cancelled (Ctrl+C).
/// </summary>
public static class CliApp
{
    public const int Done = 0, Failed = 1, BadArguments = 2, Cancelled = 130;

    public static RootCommand Root(TimeProvider time) => new("""
        Jobpocalypse tools: build the reference dataset, report on its scores, benchmark the PDF report, the share card and the search,
        back up and restore the app database, move it to PostgreSQL.
        Exit codes: 0 done, 1 failed (a benchmark: its target missed), 2 bad arguments, 130 cancelled.
        """)
    {
        BuildDatasetCommand.Create(time),
        ScoreDistributionCommand.Create(),
        PdfBenchmarkCommand.Create(time),
        CardBenchCommand.Create(time),
        SearchBenchCommand.Create(time),
        BackupAppDbCommand.Create(),
        RestoreAppDbCommand.Create(time),
        MigrateAppDbCommand.Create(time),
    };

    /// <summary>Parses and runs; a parse error (unknown flag, bad value, missing option) is reported and exits 2.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider time,
        CancellationToken cancellationToken = default)
    {
        var parsed = Root(time).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
                await error.WriteLineAsync(parseError.Message);
            var command = string.Join(' ', parsed.CommandResult.Command == parsed.RootCommandResult.Command
                ? []
                : new[] { parsed.CommandResult.Command.Name });
            await error.WriteLineAsync($"Run '{(command.Length == 0 ? "" : command + " ")}--help' for usage.");
            return BadArguments;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
