using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Dataset;

/// <summary>
/// Builds the reference SQLite database from the data folder: into a temporary file beside the target, then renamed
/// over it in one step, so that readers see the old database or the new one, never a partial one. A build that
/// fails leaves the target untouched and removes its temporary file; one that is killed leaves a
/// <c>*.building-*</c> file that the next build removes.
/// </summary>
public sealed class DatasetBuilder(TimeProvider timeProvider)
{
    /// <summary>Part of the version: change it whenever the builder writes different rows from the same inputs.</summary>
    public const string BuilderVersion = "4";

    public const string OnetRelease = "29.3";

    /// <summary>The BLS Employment Projections release the report quotes; <see cref="PreviousBlsRelease"/> is the one before it.</summary>
    public const string BlsRelease = "2024-34";
    public const string PreviousBlsRelease = "2022-32";

    private const int ShortVersionLength = 16;
    private const string TempMarker = ".building-";

    public DatasetBuilder() : this(TimeProvider.System)
    {
    }

    public static string ShortVersion(string version) => version.Length > ShortVersionLength ? version[..ShortVersionLength] : version;

    /// <summary>Builds the database unless it already holds the version of the current inputs.</summary>
    /// <exception cref="DatasetBuildException">An input is missing or malformed; the target is unchanged.</exception>
    public Task<DatasetBuildResult> EnsureBuiltAsync(string dataDirectory, string databasePath, CancellationToken cancellationToken = default) =>
        RunAsync(dataDirectory, databasePath, force: false, cancellationToken);

    /// <summary>Builds the database even if it is up to date.</summary>
    /// <exception cref="DatasetBuildException">An input is missing or malformed; the target is unchanged.</exception>
    public Task<DatasetBuildResult> BuildAsync(string dataDirectory, string databasePath, CancellationToken cancellationToken = default) =>
        RunAsync(dataDirectory, databasePath, force: true, cancellationToken);

    /// <summary>The version the inputs in <paramref name="dataDirectory"/> would build.</summary>
    public static string ComputeVersion(string dataDirectory) => DatasetVersion.Compute(DatasetInputs.Load(dataDirectory));

    /// <summary>The version recorded in a reference database; null when the file is missing or is not a reference database.</summary>
    public static string? ReadVersion(string databasePath)
    {
        if (!File.Exists(databasePath))
            return null;
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = databasePath,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ToString());
            connection.Open();
            return connection.QuerySingleOrDefault<string>("""
                SELECT value FROM dataset_info WHERE key = 'version'
                """);
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    private async Task<DatasetBuildResult> RunAsync(string dataDirectory, string databasePath, bool force, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var target = Path.GetFullPath(databasePath);
        var inputs = await Task.Run(() => DatasetInputs.Load(dataDirectory, cancellationToken), cancellationToken);
        var version = DatasetVersion.Compute(inputs);

        DatasetBuildResult UpToDate() =>
            new(DatasetBuildOutcome.UpToDate, version, target, timeProvider.GetElapsedTime(started), new Dictionary<string, int>());

        if (!force && ReadVersion(target) == version)
            return UpToDate();

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var buildLock = await BuildLock.AcquireAsync(target + ".lock", cancellationToken);
        if (!force && ReadVersion(target) == version)
            return UpToDate(); // another process built it while this one waited

        DeleteStaleTempFiles(target); // under the lock, so no other build is writing them
        var counts = await Task.Run(() => BuildInto(inputs, version, target, cancellationToken), cancellationToken);
        return new DatasetBuildResult(DatasetBuildOutcome.Built, version, target, timeProvider.GetElapsedTime(started), counts);
    }

    private IReadOnlyDictionary<string, int> BuildInto(DatasetInputs inputs, string version, string target, CancellationToken cancellationToken)
    {
        var content = DatasetContent.Assemble(inputs, cancellationToken);
        var counts = content.RowCounts;
        var temp = target + TempMarker + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        try
        {
            using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder
                   {
                       DataSource = temp,
                       Mode = SqliteOpenMode.ReadWriteCreate,
                       Pooling = false, // closing really closes the file before it is renamed
                   }.ToString()))
            {
                connection.Open();
                DatasetWriter.Write(connection, content, Info(version, counts), cancellationToken);
            }
            // The build ran with synchronous=OFF: make the bytes durable before the rename publishes them.
            using (var file = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                file.Flush(flushToDisk: true);
            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, target, overwrite: true); // rename(2): atomic on one file system
            return counts;
        }
        catch (SqliteException e)
        {
            TryDelete(temp);
            throw new DatasetBuildException(null, null, $"writing the database failed: {e.Message}", e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private List<KeyValuePair<string, string>> Info(string version, IReadOnlyDictionary<string, int> counts)
    {
        List<KeyValuePair<string, string>> info =
        [
            new("version", version),
            new("built_at", timeProvider.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            new("builder_version", BuilderVersion),
            new("onet_release", OnetRelease),
            new("bls_release", BlsRelease),
        ];
        info.AddRange(counts.Select(c => new KeyValuePair<string, string>("rows." + c.Key, c.Value.ToString(CultureInfo.InvariantCulture))));
        return info;
    }

    private static void DeleteStaleTempFiles(string target)
    {
        foreach (var stale in Directory.EnumerateFiles(Path.GetDirectoryName(target)!, Path.GetFileName(target) + TempMarker + "*"))
            TryDelete(stale);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
