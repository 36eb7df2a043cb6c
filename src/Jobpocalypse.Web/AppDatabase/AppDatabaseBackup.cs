using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Web.AppDatabase;

/// <summary>
/// What the Cli's <c>backup-app-db --out &lt;file&gt; [--db &lt;app.db&gt;] [--overwrite]</c> does: a consistent copy of the
/// app database, taken with SQLite's online backup API while the site keeps serving (returns 0 done, 1 failed).
/// </summary>
public static class AppDatabaseBackup
{
    public const string Name = "backup-app-db";

    /// <summary>Backs up the app database (<paramref name="dbPath"/>, or the site's own) to <paramref name="outPath"/>.</summary>
    public static async Task<int> RunAsync(string outPath, string? dbPath, bool overwrite, TextWriter output, TextWriter error,
        CancellationToken ct = default)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            var (source, postgres) = await AppDatabaseBackupFile.ResolveAsync(dbPath);
            var target = Path.GetFullPath(outPath);
            if (postgres is not null)
            {
                await BackUpPostgresAsync(postgres, target, overwrite, ct);
                await output.WriteLineAsync($"Backed up {AppDatabaseBackupFile.Describe(postgres)} with pg_dump");
                await output.WriteLineAsync($"  to {target}: {AppDatabaseBackupFile.Size(new FileInfo(target).Length)}");
                return 0;
            }
            var summary = await BackUpAsync(source, target, overwrite, ct);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            await output.WriteLineAsync($"Backed up {source}");
            await output.WriteLineAsync($"  to {target}: {AppDatabaseBackupFile.Size(new FileInfo(target).Length)} in {seconds} s");
            await output.WriteLineAsync($"  {summary}");
            return 0;
        }
        catch (BackupFileException e)
        {
            await error.WriteLineAsync($"{Name}: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is SqliteException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{Name}: the backup failed: {e.Message}");
            return 1;
        }
    }

    /// <summary>pg_dump into a temporary file beside <paramref name="target"/>, renamed into place once whole.</summary>
    internal static async Task BackUpPostgresAsync(string connectionString, string target, bool overwrite, CancellationToken ct)
    {
        if (File.Exists(target) && !overwrite)
            throw new BackupFileException($"'{target}' exists; choose a new name or pass --overwrite");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + ".partial-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        try
        {
            await PostgresTools.DumpAsync(connectionString, temp, ct);
            AppDatabaseBackupFile.FlushToDisk(temp);
            File.Move(temp, target, overwrite);
        }
        finally
        {
            AppDatabaseBackupFile.TryDelete(temp);
        }
    }

    /// <summary>
    /// Copies <paramref name="source"/> page by page into a temporary file beside <paramref name="target"/> in one
    /// backup step (one read transaction: in WAL mode the site's writers carry on and the copy is the moment the
    /// step began), makes it a self-contained rollback-journal file, checks it whole, then renames it into place,
    /// so a file at <paramref name="target"/> is always a finished, checked backup.
    /// </summary>
    internal static async Task<AppDatabaseBackupFile.Summary> BackUpAsync(string source, string target, bool overwrite, CancellationToken ct)
    {
        if (!File.Exists(source)) throw new BackupFileException($"there is no app database at '{source}'");
        if (string.Equals(Path.GetFullPath(source), target, StringComparison.Ordinal))
            throw new BackupFileException("the backup cannot be the database itself");
        if (File.Exists(target) && !overwrite)
            throw new BackupFileException($"'{target}' exists; choose a new name or pass --overwrite");

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + ".partial-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        try
        {
            await using (var from = new SqliteConnection(new SqliteConnectionStringBuilder
                         {
                             DataSource = source,
                             Mode = SqliteOpenMode.ReadWrite, // read only in effect; WAL readers need the -shm file writable
                             Pooling = false,
                         }.ToString()))
            await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder
                         {
                             DataSource = temp,
                             Mode = SqliteOpenMode.ReadWriteCreate,
                             Pooling = false,
                         }.ToString()))
            {
                await from.OpenAsync(ct);
                await from.ExecuteAsync(new CommandDefinition("PRAGMA busy_timeout = 5000", cancellationToken: ct));
                await to.OpenAsync(ct);
                from.BackupDatabase(to);
                // The copy carries the source's WAL flag; a backup is one file, so it goes back to a rollback journal.
                await to.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = DELETE", cancellationToken: ct));
            }
            var summary = await AppDatabaseBackupFile.CheckAsync(temp, ct);
            AppDatabaseBackupFile.FlushToDisk(temp);
            File.Move(temp, target, overwrite);
            return summary;
        }
        finally
        {
            AppDatabaseBackupFile.TryDelete(temp);
        }
    }
}
