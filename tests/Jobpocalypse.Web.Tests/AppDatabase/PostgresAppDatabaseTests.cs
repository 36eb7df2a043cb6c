using System.Xml.Linq;
using Dapper;
using Jobpocalypse.Cli;
using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.AppDatabase;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Jobpocalypse.Web.Tests.AppDatabase;

/// <summary>
/// The app database on PostgreSQL, below the site: migrations under the advisory lock, the shared key ring,
/// pg_dump/pg_restore behind the backup commands, and migrate-app-db from a SQLite file. Each test has its own database.
/// </summary>
[OnPostgres]
public class PostgresAppDatabaseTests
{
    private static AppDb Postgres(string connectionString) =>
        new(Options.Create(new AppDatabaseOptions { Provider = AppDatabaseProvider.Postgres, ConnectionString = connectionString }));

    private static AppDatabaseMigrator Migrator(AppDb db) => new(db, TimeProvider.System, NullLogger<AppDatabaseMigrator>.Instance);

    /// <summary>
    /// A closed connection's server process leaves pg_stat_activity a moment after the client hangs up; the restore
    /// rightly refuses while it is listed, so the test waits for it to go, as an operator's stopped instances would.
    /// </summary>
    private static async Task UntilNoOtherConnectionAsync(string connectionString)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); ; await Task.Delay(50))
        {
            var others = await ScalarAsync<long>(unpooled,
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
            if (others == 0) return;
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), $"{others} connection(s) still open 10 s after every pool was cleared");
        }
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    [Fact]
    public async Task Four_instances_starting_at_once_apply_each_migration_once()
    {
        var connectionString = PostgresCluster.CreateDatabase();
        var dbs = Enumerable.Range(0, 4).Select(_ => Postgres(connectionString)).ToList();

        var runs = await Task.WhenAll(dbs.Select(db => Migrator(db).MigrateAsync(CancellationToken.None)));

        var expected = AppDatabaseMigrations.For(AppDatabaseProvider.Postgres);
        Assert.Equal(Enumerable.Range(1, expected.Count), runs.SelectMany(r => r).Order());
        Assert.Equal(expected.Count, await ScalarAsync<long>(connectionString, "SELECT count(*) FROM schema_migrations"));
        Assert.Equal(
            AppDatabaseMigrations.All.Select(m => m.Name),
            expected.Take(AppDatabaseMigrations.All.Count).Select(m => m.Name)); // every SQLite migration has its twin, same number and name
        foreach (var db in dbs) db.Dispose();
    }

    [Fact]
    public async Task A_failing_migration_leaves_the_previous_version_and_no_record()
    {
        var connectionString = PostgresCluster.CreateDatabase();
        using var db = Postgres(connectionString);
        await Migrator(db).MigrateAsync(CancellationToken.None);
        var last = AppDatabaseMigrations.For(AppDatabaseProvider.Postgres)[^1];
        await ScalarAsync<long>(connectionString, "DELETE FROM schema_migrations WHERE version = @Version RETURNING version", new { last.Version });

        await Assert.ThrowsAsync<PostgresException>(() => Migrator(db).MigrateAsync(CancellationToken.None));

        Assert.Equal(last.Version - 1, await ScalarAsync<long>(connectionString, "SELECT count(*) FROM schema_migrations"));
        // The advisory lock was released with the failure: another migrator is not kept waiting.
        using var other = Postgres(connectionString);
        await Assert.ThrowsAsync<PostgresException>(() => Migrator(other).MigrateAsync(new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token));
    }

    [Fact]
    public async Task A_key_stored_by_one_instance_is_read_by_another()
    {
        var connectionString = PostgresCluster.CreateDatabase();
        using var first = Postgres(connectionString);
        using var second = Postgres(connectionString);
        await Migrator(first).MigrateAsync(CancellationToken.None);
        var key = new XElement("key", new XAttribute("id", "8c2d0a3e"), new XElement("creationDate", "2026-03-14T09:26:53Z"));

        new DatabaseXmlRepository(first, TimeProvider.System).StoreElement(key, "key-8c2d0a3e");
        new DatabaseXmlRepository(first, TimeProvider.System).StoreElement(key, "key-8c2d0a3e"); // a second store of one name is harmless

        var read = Assert.Single(new DatabaseXmlRepository(second, TimeProvider.System).GetAllElements());
        Assert.Equal(key.ToString(), read.ToString());
    }

    [Fact]
    public async Task Pg_dump_backup_and_pg_restore_bring_back_what_was_deleted()
    {
        var connectionString = PostgresCluster.CreateDatabase();
        using (var db = Postgres(connectionString)) await Migrator(db).MigrateAsync(CancellationToken.None);
        await InsertUserAsync(connectionString, "kept@example.com");
        using var folder = new TempFolder();
        var backup = folder.File("backups", "app.dump");

        await AppDatabaseBackup.BackUpPostgresAsync(connectionString, backup, overwrite: false, CancellationToken.None);
        await ScalarAsync<long>(connectionString, "DELETE FROM users RETURNING 1");
        await InsertUserAsync(connectionString, "later@example.com");
        NpgsqlConnection.ClearAllPools();
        await using (var instance = new NpgsqlConnection(connectionString))
        {
            await instance.OpenAsync(); // a running instance: the restore refuses and changes nothing
            var refused = await Assert.ThrowsAsync<BackupFileException>(() => PostgresTools.RestoreAsync(connectionString, backup, CancellationToken.None));
            Assert.Contains("stop every instance first", refused.Message);
        }
        NpgsqlConnection.ClearAllPools();
        await UntilNoOtherConnectionAsync(connectionString);
        await PostgresTools.RestoreAsync(connectionString, backup, CancellationToken.None);

        Assert.Equal("kept@example.com", await ScalarAsync<string>(connectionString, "SELECT string_agg(email, ',') FROM users"));
        Assert.Equal(AppDatabaseMigrations.For(AppDatabaseProvider.Postgres).Count,
            await ScalarAsync<long>(connectionString, "SELECT count(*) FROM schema_migrations"));
        await Assert.ThrowsAsync<BackupFileException>(() =>
            AppDatabaseBackup.BackUpPostgresAsync(connectionString, backup, overwrite: false, CancellationToken.None));
    }

    [Fact]
    public async Task Migrate_app_db_copies_a_sqlite_database_and_its_keys_once()
    {
        using var folder = new TempFolder();
        var sqlite = folder.File("app-data", "app.db");
        var sqliteDb = new AppDb(Options.Create(new AppDatabaseOptions { Path = sqlite }));
        await new AppDatabaseMigrator(sqliteDb, TimeProvider.System, NullLogger<AppDatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        await using (var connection = await sqliteDb.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("""
                INSERT INTO users (id, email, normalized_email, email_confirmed, user_name, normalized_user_name, security_stamp, concurrency_stamp, lockout_enabled, created_at)
                VALUES ('u1', 'a@example.com', 'A@EXAMPLE.COM', 1, 'a@example.com', 'A@EXAMPLE.COM', 's', 'c', 0, 1773480413);
                INSERT INTO subscriptions (id, user_id, customer_id, status, price_id, current_period_end, cancel_at_period_end, updated_at)
                VALUES ('sub_1', 'u1', 'cus_1', 'active', 'price_pro', 1776158813, 1, 1773480413);
                INSERT INTO purchases (checkout_session_id, user_id, occupation_code, status, created_at, paid_at)
                VALUES ('cs_1', NULL, '29-2072.00', 'paid', 1773480413, 1773480414);
                INSERT INTO mail_outbox (id, kind, to_address, payload, created_at, next_attempt_at) VALUES ('m1', 'welcome', 'a@example.com', '{"userId":"u1"}', 1, 1);
                """);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(folder.File("app-data", "keys"));
        await File.WriteAllTextAsync(folder.File("app-data", "keys", "key-1.xml"), "<key id=\"1\" />");
        var target = PostgresCluster.CreateDatabase();

        var (code, output, error) = await CliAsync("migrate-app-db", "--from", sqlite, "--to", target);

        Assert.True(code == 0, error);
        Assert.Contains("1 users", output);
        Assert.Contains("1 data-protection keys", output);
        Assert.True(await ScalarAsync<bool>(target, "SELECT email_confirmed AND NOT lockout_enabled FROM users WHERE id = 'u1'"));
        Assert.True(await ScalarAsync<bool>(target, "SELECT cancel_at_period_end FROM subscriptions WHERE id = 'sub_1' AND user_id = 'u1'"));
        Assert.Equal(1776158813L, await ScalarAsync<long>(target, "SELECT current_period_end FROM subscriptions"));
        Assert.Equal(1L, await ScalarAsync<long>(target, "SELECT count(*) FROM purchases WHERE user_id IS NULL AND status = 'paid'"));
        Assert.Equal("u1", await ScalarAsync<string>(target, "SELECT payload::jsonb ->> 'userId' FROM mail_outbox"));
        Assert.Equal("<key id=\"1\" />", await ScalarAsync<string>(target, "SELECT xml FROM data_protection_keys WHERE name = 'key-1'"));

        var again = await CliAsync("migrate-app-db", "--from", sqlite, "--to", target);
        Assert.Equal(1, again.Code);
        Assert.Contains("already has readers", again.Error);
        Assert.Equal(1L, await ScalarAsync<long>(target, "SELECT count(*) FROM users"));
    }

    private static async Task InsertUserAsync(string connectionString, string email)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync("""
            INSERT INTO users (id, email, normalized_email, user_name, normalized_user_name, security_stamp, concurrency_stamp, created_at)
            VALUES (@id, @email, upper(@email), @email, upper(@email), 's', 'c', 0)
            """, new { id = Guid.NewGuid().ToString("N"), email });
    }

    private static async Task<(int Code, string Output, string Error)> CliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, TimeProvider.System);
        return (code, output.ToString(), error.ToString());
    }
}
