using System.CommandLine;
using System.Globalization;

namespace Jobpocalypse.Cli.Commands;

/// <summary>
/// <c>build-dataset [--data &lt;dir&gt;] [--out &lt;file&gt;] [--force]</c>: builds the reference database and exits
/// (0 built or up to date, 1 build failed, 2 bad arguments, 130 cancelled: the target stays as it was).
/// </summary>
internal static class BuildDatasetCommand
{
    public const string Name = "build-dataset";

    public static Command Create(TimeProvider time)
    {
        var data = CommandOptions.Data();
        var database = CommandOptions.Database();
        database.Description = $"The reference database to write (default: {DatasetOptions.DefaultDatabasePath} under the current directory)";
        var force = new Option<bool>("--force") { Description = "Build even if the database already has the version of the inputs" };
        var command = new Command(Name, "Builds the reference database from the data folder (sources to reference.db)") { data, database, force };
        command.SetAction((parsed, ct) => RunAsync(CommandOptions.Dataset(parsed, data, database), parsed.GetValue(force), time,
            parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, ct));
        return command;
    }

    private static async Task<int> RunAsync(DatasetOptions options, bool force, TimeProvider time, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        try
        {
            var builder = new DatasetBuilder(time);
            var dataDirectory = options.ResolveSourcePath();
            var databasePath = options.ResolveDatabasePath();
            var result = force
                ? await builder.BuildAsync(dataDirectory, databasePath, cancellationToken)
                : await builder.EnsureBuiltAsync(dataDirectory, databasePath, cancellationToken);
            await output.WriteLineAsync(Describe(result, dataDirectory));
            return CliApp.Done;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync($"{Name}: cancelled; the database was not changed");
            return CliApp.Cancelled;
        }
        catch (Exception e) when (e is DatasetBuildException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{Name}: {e.Message}");
            return CliApp.Failed;
        }
    }

    private static string Describe(DatasetBuildResult result, string dataDirectory)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (result.Outcome == DatasetBuildOutcome.UpToDate)
            return $"Dataset {result.ShortVersion} is up to date: {result.DatabasePath} (checked in {seconds} s)";

        var megabytes = (new FileInfo(result.DatabasePath).Length / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            $"Dataset {result.ShortVersion} built from {dataDirectory}",
            $"  {result.DatabasePath} ({megabytes} MB) in {seconds} s",
        };
        lines.AddRange(result.RowCounts.Select(c => $"  {c.Key,-24}{c.Value,8}"));
        return string.Join(Environment.NewLine, lines);
    }
}
