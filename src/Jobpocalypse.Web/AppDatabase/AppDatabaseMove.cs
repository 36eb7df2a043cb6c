using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Jobpocalypse.Web.AppDatabase;

/// <summary>
/// What the Cli's <c>migrate-app-db --from &lt;app.db&gt; [--to &lt;connection string&gt;] [--keys &lt;dir&gt;]</c> does: copies
/// an existing SQLite app database, and the data-protection keys beside it, into an empty Postgres database, in one
/// transaction (returns 0 done, 1 refused or failed). Readers keep their accounts, purchases and sign-ins.
/// </summary>
public static class AppDatabaseMove
{
    public const string Name = "migrate-app-db";

    public static async Task<int> RunAsync(string from, string? to, string? keys, TextWriter output, TextWriter error, TimeProvider time,
        CancellationToken ct = default)
    {
        try
        {
            var source = Path.GetFullPath(from);
            var target = to ?? (await AppDatabaseBackupFile.ResolveAsync(null)).PostgresConnectionString
                ?? throw new BackupFileException("no --to, and the site's AppDatabase:Provider is not Postgres");
            var keyFolder = keys ?? Path.Combine(Path.GetDirectoryName(source)!, "keys");
            var copied = await MoveAsync(source, target, keyFolder, time, ct);
            await output.WriteLineAsync($"Copied {source}");
            await output.WriteLineAsync($"  to {AppDatabaseBackupFile.Describe(target)}: {copied}");
            await output.WriteLineAsync("Set AppDatabase:Provider=Postgres and AppDatabase:ConnectionString on every instance, then start them.");
            return 0;
        }
        catch (BackupFileException e)
        {
            await error.WriteLineAsync($"{Name}: {e.Message}; nothing was copied");
            return 1;
        }
        catch (Exception e) when (e is SqliteException or NpgsqlException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            await error.WriteLineAsync($"{Name}: the copy failed, nothing was copied: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// Checks the source whole and at this build's latest SQLite migration, migrates the target, refuses a target that
    /// already has readers, then copies every table (users first: the others point at them) and the key files.
    /// </summary>
    internal static async Task<string> MoveAsync(string source, string target, string keyFolder, TimeProvider time, CancellationToken ct)
    {
        var summary = await AppDatabaseBackupFile.CheckAsync(source, ct);
        if (summary.SchemaVersion != AppDatabaseMigrations.All.Count)
            throw new BackupFileException($"'{source}' is at schema version {summary.SchemaVersion}, this build at {AppDatabaseMigrations.All.Count}: " +
                "start the site on it once (it migrates), stop it, then copy");

        using var db = new AppDb(Options.Create(new AppDatabaseOptions { Provider = AppDatabaseProvider.Postgres, ConnectionString = target }));
        await new AppDatabaseMigrator(db, time, NullLogger<AppDatabaseMigrator>.Instance).MigrateAsync(ct);

        await using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await from.OpenAsync(ct);
        await using var to = await db.OpenAsync(ct);
        await using var tx = await AppDb.BeginWriteAsync(to, ct);
        if (await to.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM users", transaction: tx, cancellationToken: ct)) > 0)
            throw new BackupFileException("the Postgres database already has readers: copy only into a new, empty one");

        var tables = (await from.QueryAsync<string>(new CommandDefinition("""
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'
            ORDER BY name <> 'users', name
            """, cancellationToken: ct))).ToList();
        var counts = new List<string>();
        foreach (var table in tables)
        {
            // Postgres stores the flags SQLite keeps as 0/1 as booleans; every other column copies as it is.
            var booleans = (await to.QueryAsync<string>(new CommandDefinition("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = @table AND data_type = 'boolean'
                """, new { table }, tx, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);
            var rows = (await from.QueryAsync(new CommandDefinition($"SELECT * FROM \"{table}\"", cancellationToken: ct)))
                .Cast<IDictionary<string, object?>>().ToList();
            foreach (var row in rows)
            {
                var parameters = new DynamicParameters();
                foreach (var (column, value) in row)
                    parameters.Add(column, booleans.Contains(column) && value is long flag ? flag != 0 : value);
                var columns = string.Join(", ", row.Keys.Select(k => $"\"{k}\""));
                var values = string.Join(", ", row.Keys.Select(k => "@" + k));
                await to.ExecuteAsync(new CommandDefinition($"INSERT INTO \"{table}\" ({columns}) VALUES ({values})", parameters, tx, cancellationToken: ct));
            }
            counts.Add(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} {table}"));
        }

        var keyFiles = Directory.Exists(keyFolder) ? Directory.GetFiles(keyFolder, "*.xml") : [];
        foreach (var file in keyFiles)
        {
            await to.ExecuteAsync(new CommandDefinition("""
                INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @now) ON CONFLICT (name) DO NOTHING
                """, new { name = Path.GetFileNameWithoutExtension(file), xml = await File.ReadAllTextAsync(file, ct), now = time.GetUtcNow().ToUnixTimeSeconds() },
                tx, cancellationToken: ct));
        }
        counts.Add(string.Create(CultureInfo.InvariantCulture, $"{keyFiles.Length} data-protection keys"));
        await tx.CommitAsync(ct);
        return string.Join(", ", counts);
    }
}
