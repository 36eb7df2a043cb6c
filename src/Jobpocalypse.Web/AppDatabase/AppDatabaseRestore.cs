using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Web.AppDatabase;

/// <summary>
/// What the Cli's <c>restore-app-db --from &lt;backup&gt; [--db &lt;app.db&gt;]</c> does: puts a backup in place of the app
/// database while the site is stopped (returns 0 restored, 1 refused or failed). The procedure: stop the site, restore,
/// start the site (it applies any migration the backup predates).
/// </summary>
public static class AppDatabaseRestore
{
    public const string Name = "restore-app-db";

    /// <summary>Puts the backup <paramref name="from"/> in place of the app database (<paramref name="dbPath"/>, or the site's own).</summary>
    public static async Task<int> RunAsync(string from, string? dbPath, TextWriter output, TextWriter error, TimeProvider time,
        CancellationToken ct = default)
    {
        try
        {
            var (target, postgres) = await AppDatabaseBackupFile.ResolveAsync(dbPath);
            if (postgres is not null)
            {
                if (!File.Exists(from)) throw new BackupFileException($"'{Path.GetFullPath(from)}' does not exist");
                await PostgresTools.RestoreAsync(postgres, Path.GetFullPath(from), ct);
                await output.WriteLineAsync($"Restored {AppDatabaseBackupFile.Describe(postgres)} with pg_restore");
                await output.WriteLineAsync($"  from {Path.GetFullPath(from)}");
                await output.WriteLineAsync("Start the site now; it applies any migration newer than the backup.");
                return 0;
            }
            var (summary, kept) = await RestoreAsync(Path.GetFullPath(from), target, time, ct);
            await output.WriteLineAsync($"Restored {target}");
            await output.WriteLineAsync($"  from {Path.GetFullPath(from)}: {AppDatabaseBackupFile.Size(new FileInfo(target).Length)}");
            await output.WriteLineAsync($"  {summary}");
            if (kept is not null) await output.WriteLineAsync($"  the database it replaced is kept at {kept}");
            await output.WriteLineAsync("Start the site now; it applies any migration newer than the backup.");
            return 0;
        }
        catch (BackupFileException e)
        {
            await error.WriteLineAsync($"{Name}: {e.Message}; nothing was changed");
            return 1;
        }
        catch (Exception e) when (e is SqliteException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{Name}: the restore failed: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// Checks the backup, makes sure nothing has the target open, keeps the target's current file, then copies the
    /// backup beside the target, checks the copy and renames it over the target in one step. The target's -wal and
    /// -shm files belong to the old database and would be replayed into the new one, so they go first.
    /// </summary>
    internal static async Task<(AppDatabaseBackupFile.Summary Summary, string? Kept)> RestoreAsync(string backup, string target,
        TimeProvider time, CancellationToken ct)
    {
        if (string.Equals(backup, target, StringComparison.Ordinal))
            throw new BackupFileException("the backup is the database itself");
        await AppDatabaseBackupFile.CheckAsync(backup, ct);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        string? kept = null;
        if (File.Exists(target))
        {
            await EnsureNotInUseAsync(target, ct);
            kept = target + ".pre-restore-" + time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            File.Copy(target, kept, overwrite: false);
        }

        var temp = target + ".restoring-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        try
        {
            File.Copy(backup, temp);
            var summary = await AppDatabaseBackupFile.CheckAsync(temp, ct);
            AppDatabaseBackupFile.FlushToDisk(temp);
            foreach (var sidecar in new[] { target + "-wal", target + "-shm", target + "-journal" })
                File.Delete(sidecar);
            File.Move(temp, target, overwrite: true); // rename(2): the target is the old file or the new one, never half
            return (summary, kept);
        }
        finally
        {
            AppDatabaseBackupFile.TryDelete(temp);
        }
    }

    /// <summary>
    /// Refuses while any connection has the database open (a running site keeps pooled connections): an exclusive
    /// lock taken in exclusive locking mode needs every other connection gone. When it is granted, closing this last
    /// connection checkpoints the WAL into the file, so the copy kept aside is complete.
    /// </summary>
    private static async Task EnsureNotInUseAsync(string target, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = target,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 1,
        }.ToString());
        try
        {
            await connection.OpenAsync(ct);
            // One statement per command: a multi-statement command is prepared whole, and preparing the read would
            // open the database in shared mode before the pragma has run.
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA locking_mode = EXCLUSIVE", cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition("BEGIN EXCLUSIVE", cancellationToken: ct));
            await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM sqlite_master", cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition("COMMIT", cancellationToken: ct));
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
        {
            throw new BackupFileException($"'{target}' is in use (is the site still running? stop it first)");
        }
    }
}
