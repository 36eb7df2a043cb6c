using Dapper;

namespace Jobpocalypse.Web.AppDatabase;

/// <summary>
/// Applies the migrations not yet recorded in <c>schema_migrations</c>, each in its own transaction with its
/// record, so a failed migration leaves the database at the previous version.
/// </summary>
public sealed class AppDatabaseMigrator(AppDb db, TimeProvider time, ILogger<AppDatabaseMigrator> logger)
{
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken ct)
    {
        var folder = Path.GetDirectoryName(db.Path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);

        await using var connection = await db.OpenAsync(ct);
        // Persistent in the file: every later connection reads in WAL mode without asking for it again.
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL", cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER NOT NULL PRIMARY KEY,
                name       TEXT    NOT NULL,
                applied_at INTEGER NOT NULL
            ) STRICT
            """, cancellationToken: ct));

        var applied = new List<int>();
        foreach (var migration in AppDatabaseMigrations.All)
        {
            // BEGIN IMMEDIATE takes the write lock first: two processes starting together apply each migration once.
            await using var tx = connection.BeginTransaction(deferred: false); // SQLite has no async begin
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
