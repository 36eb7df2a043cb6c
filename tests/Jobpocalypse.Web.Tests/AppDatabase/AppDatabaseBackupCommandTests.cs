using Dapper;
using Jobpocalypse.Cli;
using Jobpocalypse.Web.AppDatabase;
using Jobpocalypse.Dataset.Tests;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Tests.AppDatabase;

/// <summary>
/// backup-app-db and restore-app-db (the Cli's commands, run in process) on their own: what they refuse, and what they leave behind. The backup taken
/// under load and restored into a running site is in Deployment/BackupRestoreTests.
/// </summary>
public class AppDatabaseBackupTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("app-data", "app.db");

    public void Dispose() => _folder.Dispose();

    private async Task<AppDb> MigratedAsync(string path, params string[] emails)
    {
        var db = new AppDb(Options.Create(new AppDatabaseOptions { Path = path }));
        await new AppDatabaseMigrator(db, TimeProvider.System, NullLogger<AppDatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        await using var connection = await db.OpenAsync(CancellationToken.None);
        foreach (var email in emails)
        {
            await connection.ExecuteAsync("""
                INSERT INTO users (id, email, normalized_email, user_name, normalized_user_name, security_stamp, concurrency_stamp, created_at)
                VALUES (@id, @email, upper(@email), @email, upper(@email), 's', 'c', 0)
                """, new { id = Guid.NewGuid().ToString("N"), email });
        }
        return db;
    }

    private static async Task<(int Code, string Output, string Error)> BackupAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(["backup-app-db", .. args], output, error, TimeProvider.System);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<(int Code, string Output, string Error)> RestoreAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(["restore-app-db", .. args], output, error, new FixedTimeProvider(Now));
        SqliteConnection.ClearAllPools();
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<List<string>> EmailsAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        return (await connection.QueryAsync<string>("SELECT email FROM users ORDER BY email")).ToList();
    }

    [Fact]
    public async Task Arguments_are_checked_before_anything_is_touched()
    {
        Assert.Equal(2, (await BackupAsync()).Code);
        Assert.Equal(2, (await BackupAsync("--db", Db)).Code);
        Assert.Equal(2, (await RestoreAsync("--db", Db)).Code);
        Assert.Equal(2, (await RestoreAsync("--from", "x.db", "--bogus")).Code);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task A_missing_database_is_reported_with_its_path()
    {
        var (code, _, error) = await BackupAsync("--db", Db, "--out", _folder.File("b.db"));

        Assert.Equal(1, code);
        Assert.Contains(Db, error);
        Assert.False(File.Exists(_folder.File("b.db")));
    }

    [Fact]
    public async Task A_backup_never_replaces_a_file_unless_told_to()
    {
        await MigratedAsync(Db, "a@example.test");
        var backup = _folder.File("backups", "app.db");
        Assert.Equal(0, (await BackupAsync("--db", Db, "--out", backup)).Code);
        await MigratedAsync(Db, "b@example.test");

        var (refused, _, error) = await BackupAsync("--db", Db, "--out", backup);
        Assert.Equal(1, refused);
        Assert.Contains("--overwrite", error);
        Assert.Equal(["a@example.test"], await EmailsAsync(backup));

        Assert.Equal(0, (await BackupAsync("--db", Db, "--out", backup, "--overwrite")).Code);
        Assert.Equal(["a@example.test", "b@example.test"], await EmailsAsync(backup));
        Assert.Single(Directory.GetFiles(_folder.File("backups"))); // no -wal, -journal or partial file beside it
    }

    [Fact]
    public async Task Restore_replaces_the_database_and_keeps_the_old_one_beside_it()
    {
        await MigratedAsync(Db, "old@example.test");
        var other = _folder.File("other", "app.db");
        await MigratedAsync(other, "restored@example.test");
        var backup = _folder.File("backup.db");
        Assert.Equal(0, (await BackupAsync("--db", other, "--out", backup)).Code);
        SqliteConnection.ClearAllPools(); // the "site" of Db is stopped

        var (code, output, error) = await RestoreAsync("--from", backup, "--db", Db);

        Assert.True(code == 0, error);
        Assert.Equal(DatasetTestData.FileHash(backup), DatasetTestData.FileHash(Db));
        Assert.Equal(["restored@example.test"], await EmailsAsync(Db));
        var kept = Db + ".pre-restore-20260314T092653Z";
        Assert.Contains(kept, output);
        Assert.Equal(["old@example.test"], await EmailsAsync(kept));
        Assert.False(File.Exists(Db + "-wal"));
    }

    [Fact]
    public async Task Restore_refuses_while_the_database_is_open()
    {
        var db = await MigratedAsync(Db, "live@example.test");
        var backup = _folder.File("backup.db");
        Assert.Equal(0, (await BackupAsync("--db", Db, "--out", backup)).Code);
        // The site still running: a connection that has served a read, as its pooled ones have. A fresh handle that has
        // read nothing holds no lock yet, and the pool may hand one out (another test clearing the process's pools).
        await using var open = await db.OpenAsync(CancellationToken.None);
        await open.ExecuteScalarAsync<long>("SELECT count(*) FROM users");
        var before = await EmailsAsync(Db);

        var (code, _, error) = await RestoreAsync("--from", backup, "--db", Db);

        Assert.Equal(1, code);
        Assert.Contains("in use", error);
        Assert.Equal(before, await EmailsAsync(Db));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(Db)!, "app.db.pre-restore-*"));
    }

    public static TheoryData<string> BadBackups => ["damaged", "from a newer build", "not an app database"];

    [Theory]
    [MemberData(nameof(BadBackups))]
    public async Task Restore_refuses_a_bad_backup_and_changes_nothing(string kind)
    {
        await MigratedAsync(Db, "live@example.test");
        SqliteConnection.ClearAllPools();
        var backup = _folder.File("backup.db");
        Assert.Equal(0, (await BackupAsync("--db", Db, "--out", backup)).Code);
        switch (kind)
        {
            case "damaged":
                await using (var file = new FileStream(backup, FileMode.Open, FileAccess.Write))
                {
                    file.Seek(4096 * 2, SeekOrigin.Begin); // the third page onwards: the header still reads
                    file.Write(Enumerable.Repeat((byte)0x5A, 4096 * 4).ToArray());
                }
                break;
            case "from a newer build":
                await using (var connection = new SqliteConnection($"Data Source={backup};Pooling=False"))
                    await connection.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'later', 0)");
                break;
            default:
                await using (var connection = new SqliteConnection($"Data Source={backup};Pooling=False"))
                    await connection.ExecuteAsync("DROP TABLE schema_migrations");
                break;
        }
        var hash = DatasetTestData.FileHash(Db);

        var (code, _, error) = await RestoreAsync("--from", backup, "--db", Db);

        Assert.Equal(1, code);
        Assert.Contains("nothing was changed", error);
        Assert.Equal(hash, DatasetTestData.FileHash(Db));
        Assert.Equal(["app.db"], Directory.GetFiles(Path.GetDirectoryName(Db)!).Select(Path.GetFileName));
    }
}
