using System.Globalization;

namespace Jobpocalypse.Dataset;

/// <summary>
/// <c>build-dataset [--data &lt;dir&gt;] [--out &lt;file&gt;] [--force]</c>: builds the reference database and exits
/// (0 built or up to date, 1 build failed, 2 bad arguments, 130 cancelled).
/// </summary>
public static class DatasetCommand
{
    public const string Name = "build-dataset";

    private const string Usage = """
        Usage: build-dataset [--data <dir>] [--out <file>] [--force]
          --data <dir>   the data folder (default: the first data/ holding PROVENANCE.md above the current
                         directory or the application)
          --out <file>   the reference database (default: app-data/reference.db under the current directory)
          --force        build even if the database already has the version of the inputs
        """;

    public static bool IsInvocation(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Runs the command on the console; Ctrl+C cancels the build (the target stays as it was).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await RunAsync(args, Console.Out, Console.Error, cancellation.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        string? data = null, database = null;
        var force = false;
        for (var i = IsInvocation(args) ? 1 : 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length:
                    data = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    database = args[++i];
                    break;
                case "--force":
                    force = true;
                    break;
                case "--help" or "-h":
                    await output.WriteLineAsync(Usage);
                    return 0;
                default:
                    await error.WriteLineAsync($"{Name}: unexpected argument '{args[i]}'");
                    await error.WriteLineAsync(Usage);
                    return 2;
            }
        }

        try
        {
            var options = new DatasetOptions { SourcePath = data, DatabasePath = database };
            var builder = new DatasetBuilder();
            var dataDirectory = options.ResolveSourcePath();
            var databasePath = options.ResolveDatabasePath();
            var result = force
                ? await builder.BuildAsync(dataDirectory, databasePath, cancellationToken)
                : await builder.EnsureBuiltAsync(dataDirectory, databasePath, cancellationToken);
            await output.WriteLineAsync(Describe(result, dataDirectory));
            return 0;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync($"{Name}: cancelled; the database was not changed");
            return 130;
        }
        catch (Exception e) when (e is DatasetBuildException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{Name}: {e.Message}");
            return 1;
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
