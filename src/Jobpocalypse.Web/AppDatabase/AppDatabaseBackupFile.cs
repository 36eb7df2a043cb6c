using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Web.AppDatabase;

/// <summary>What the backup and restore commands share: finding the app database, and checking a copy of it.</summary>
internal static class AppDatabaseBackupFile
{
    /// <summary>What a checked copy holds: its schema version and the row counts an operator recognises.</summary>
    public sealed record Summary(long SchemaVersion, long Users, long Subscriptions, long Purchases, long ProcessedEvents)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"schema version {SchemaVersion}, {Users} readers, {Subscriptions} subscriptions, {Purchases} purchases, {ProcessedEvents} processed events");
    }

    /// <summary>
    /// The database path given with --db, else the one the site itself would use: AppDatabase:Path or
    /// &lt;AppData&gt;/app.db from the same configuration sources (appsettings, environment variables) and content
    /// root (the current directory). Building the host only reads configuration; nothing is started.
    /// </summary>
    public static async Task<string> ResolveDatabasePathAsync(string? explicitPath) =>
        (await ResolveAsync(explicitPath)).Path;

    /// <summary>The site's app database as configured: an explicit --db is a SQLite file; else Postgres if the site uses it.</summary>
    public static async Task<(string Path, string? PostgresConnectionString)> ResolveAsync(string? explicitPath)
    {
        if (explicitPath is not null) return (Path.GetFullPath(explicitPath), null);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.AddAppDatabase();
        await using var app = builder.Build();
        var db = app.Services.GetRequiredService<AppDb>();
        return db.IsPostgres ? ("", db.ConnectionString) : (db.Path, null);
    }

    /// <summary>The connection string without its password, for messages.</summary>
    public static string Describe(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Password = null }.ToString();

    /// <summary>
    /// Opens a copy read-only and checks it whole (PRAGMA integrity_check) and that it is this site's database from
    /// this build or an older one (a newer build's migrations would be unknown here). Throws with the reason.
    /// </summary>
    public static async Task<Summary> CheckAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path)) throw new BackupFileException($"'{path}' does not exist");
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ToString());
            await connection.OpenAsync(ct);
            var integrity = string.Join("; ", await connection.QueryAsync<string>(new CommandDefinition(
                "PRAGMA integrity_check", cancellationToken: ct)));
            if (integrity != "ok") throw new BackupFileException($"'{path}' is damaged: {integrity}");

            var hasMigrations = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'", cancellationToken: ct));
            if (hasMigrations == 0) throw new BackupFileException($"'{path}' is not a Jobpocalypse app database (no schema_migrations table)");
            var applied = (await connection.QueryAsync<(long Version, string Name)>(new CommandDefinition(
                "SELECT version AS Version, name AS Name FROM schema_migrations ORDER BY version", cancellationToken: ct))).ToList();
            var unknown = applied.Where(a => !AppDatabaseMigrations.All.Any(m => m.Version == a.Version && m.Name == a.Name)).ToList();
            if (unknown.Count > 0)
                throw new BackupFileException($"'{path}' has migrations this build does not know " +
                    $"({string.Join(", ", unknown.Select(u => $"{u.Version:000}_{u.Name}"))}): restore it with the build that made it");

            return await connection.QuerySingleAsync<Summary>(new CommandDefinition("""
                SELECT (SELECT coalesce(max(version), 0) FROM schema_migrations) AS SchemaVersion,
                       (SELECT count(*) FROM users) AS Users,
                       (SELECT count(*) FROM subscriptions) AS Subscriptions,
                       (SELECT count(*) FROM purchases) AS Purchases,
                       (SELECT count(*) FROM processed_webhook_events) AS ProcessedEvents
                """, cancellationToken: ct));
        }
        catch (SqliteException e)
        {
            throw new BackupFileException($"'{path}' cannot be read as an app database: {e.Message}");
        }
    }

    /// <summary>Writes the file's bytes to the disk before a rename publishes it.</summary>
    public static void FlushToDisk(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        file.Flush(flushToDisk: true);
    }

    public static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public static string Size(long bytes) => string.Create(CultureInfo.InvariantCulture,
        $"{(bytes >= 1048576 ? $"{bytes / 1048576.0:0.0} MB" : $"{bytes / 1024.0:0.0} KB")} ({bytes} bytes)");
}

/// <summary>A backup or a target that the commands refuse, with the reason for the operator.</summary>
internal sealed class BackupFileException(string message) : Exception(message);
