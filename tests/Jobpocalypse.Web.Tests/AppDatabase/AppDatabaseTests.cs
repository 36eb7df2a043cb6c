using Dapper;
using Jobpocalypse.Web.AppDatabase;
using Jobpocalypse.Dataset.Tests;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Tests.AppDatabase;

public class AppDatabaseTests
{
    private static (AppDb Db, AppDatabaseMigrator Migrator) Create(string path)
    {
        var db = new AppDb(Options.Create(new AppDatabaseOptions { Path = path }));
        return (db, new AppDatabaseMigrator(db, TimeProvider.System, NullLogger<AppDatabaseMigrator>.Instance));
    }

    [Fact]
    public async Task Migrations_apply_in_order_once_and_are_recorded()
    {
        using var folder = new TempFolder();
        var (db, migrator) = Create(Path.Combine(folder.Path, "nested", "app.db"));

        var first = await migrator.MigrateAsync(CancellationToken.None);
        var second = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, AppDatabaseMigrations.All.Count), first);
        Assert.Empty(second);
        await using var connection = await db.OpenAsync(CancellationToken.None);
        var recorded = (await connection.QueryAsync<(long Version, string Name)>("SELECT version, name FROM schema_migrations ORDER BY version")).ToList();
        Assert.Equal(AppDatabaseMigrations.All.Select(m => ((long)m.Version, m.Name)), recorded);
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToHashSet();
        Assert.Superset(new HashSet<string> { "users", "stripe_customers", "subscriptions", "purchases", "processed_webhook_events", "schema_migrations" }, tables);
    }

    [Fact]
    public async Task Every_connection_has_wal_a_busy_timeout_and_foreign_keys()
    {
        using var folder = new TempFolder();
        var (db, migrator) = Create(Path.Combine(folder.Path, "app.db"));
        await migrator.MigrateAsync(CancellationToken.None);

        await using var connection = await db.OpenAsync(CancellationToken.None);

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(5000, await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
        var orphan = await Assert.ThrowsAsync<SqliteException>(() => connection.ExecuteAsync(
            "INSERT INTO purchases (checkout_session_id, user_id, occupation_code, status, created_at) VALUES ('cs', 'nobody', '29-2072.00', 'paid', 0)"));
        Assert.Equal(19, orphan.SqliteErrorCode);
    }

    [Fact]
    public async Task A_failing_migration_leaves_the_previous_version_and_no_record()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "app.db");
        var (db, migrator) = Create(path);
        await migrator.MigrateAsync(CancellationToken.None);
        // Simulate a database from before the last migration whose table already exists under that name:
        // applying the migration again must fail inside its transaction and leave no half-applied state.
        await using (var connection = await db.OpenAsync(CancellationToken.None))
        {
            var last = AppDatabaseMigrations.All[^1];
            await connection.ExecuteAsync("DELETE FROM schema_migrations WHERE version = @Version", new { last.Version });
        }

        await Assert.ThrowsAsync<SqliteException>(() => migrator.MigrateAsync(CancellationToken.None));

        await using var check = await db.OpenAsync(CancellationToken.None);
        Assert.Equal(AppDatabaseMigrations.All.Count - 1, await check.ExecuteScalarAsync<long>("SELECT count(*) FROM schema_migrations"));
    }
}
