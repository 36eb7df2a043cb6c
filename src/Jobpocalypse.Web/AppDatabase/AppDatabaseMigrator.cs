using System.Data.Common;
using Dapper;

namespace Jobpocalypse.Web.AppDatabase;

/// <summary>
/// Applies the provider's migrations not yet recorded in <c>schema_migrations</c>, each in its own transaction with
/// its record, so a failed migration leaves the database at the previous version. Instances starting together
/// migrate once: SQLite's BEGIN IMMEDIATE, and on Postgres an advisory lock held for the whole run, make the others
/// wait and then find every migration recorded.
/// </summary>
public sealed class AppDatabaseMigrator(AppDb db, TimeProvider time, ILogger<AppDatabaseMigrator> logger)
{
    /// <summary>The advisory lock's key on Postgres: any fixed number no other code locks ("jobpocalypse-migrate").</summary>
    public const long PostgresLockKey = 0x6A6F62706D6967;

    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken ct)
    {
        if (!db.IsPostgres && Path.GetDirectoryName(db.Path) is { Length: > 0 } folder) Directory.CreateDirectory(folder);

        await using var connection = await db.OpenAsync(ct);
        if (db.IsPostgres)
        {
            // Session lock, released by the unlock below or by the connection closing if this process dies.
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@PostgresLockKey)", new { PostgresLockKey }, cancellationToken: ct));
            try
            {
                await connection.ExecuteAsync(new CommandDefinition("""
                    CREATE TABLE IF NOT EXISTS schema_migrations (
                        version    INTEGER NOT NULL PRIMARY KEY,
                        name       TEXT    NOT NULL,
                        applied_at BIGINT  NOT NULL
                    )
                    """, cancellationToken: ct));
                return await ApplyAsync(connection, ct);
            }
            finally
            {
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@PostgresLockKey)", new { PostgresLockKey }, cancellationToken: CancellationToken.None));
            }
        }
        // Persistent in the file: every later connection reads in WAL mode without asking for it again.
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL", cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER NOT NULL PRIMARY KEY,
                name       TEXT    NOT NULL,
                applied_at INTEGER NOT NULL
            ) STRICT
            """, cancellationToken: ct));
        return await ApplyAsync(connection, ct);
    }

    private async Task<IReadOnlyList<int>> ApplyAsync(DbConnection connection, CancellationToken ct)
    {
        var applied = new List<int>();
        foreach (var migration in AppDatabaseMigrations.For(db.Provider))
        {
            await using var tx = await AppDb.BeginWriteAsync(connection, ct);
            var done = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT count(*) FROM schema_migrations WHERE version = @Version", new { migration.Version }, tx, cancellationToken: ct));
            if (done > 0) continue;

            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: tx, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = time.GetUtcNow().ToUnixTimeSeconds() }, tx, cancellationToken: ct));
            await tx.CommitAsync(ct);
            applied.Add(migration.Version);
            logger.LogInformation("App database migration {Version:000}_{Name} applied", migration.Version, migration.Name);
        }
        return applied;
    }
}
