using Dapper;
using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.AppDatabase;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Jobpocalypse.Web.Tests.Accounts;

/// <summary>
/// A reader's records are read once and reused: a write of this process (Forget) is seen at once, a write made
/// elsewhere within the lifetime, and a zero lifetime reads every time.
/// </summary>
public sealed class ReaderRecordsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-30T12:00:00Z"));
    private readonly AppDb _db;

    public ReaderRecordsTests()
    {
        _db = new AppDb(Options.Create(new AppDatabaseOptions { Path = _folder.File("app.db") }));
        new AppDatabaseMigrator(_db, _time, NullLogger<AppDatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public void Dispose() => _folder.Dispose();

    private ReaderRecords Records(TimeSpan lifetime) =>
        new(_db, _time, Options.Create(new ReaderCacheOptions { Lifetime = lifetime }));

    private async Task WriteUserAsync(string id, string stamp)
    {
        await using var connection = await _db.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("""
            INSERT INTO users (id, email, normalized_email, user_name, normalized_user_name, security_stamp, concurrency_stamp, created_at)
            VALUES (@id, @id, upper(@id), @id, upper(@id), @stamp, 'c', 0)
            ON CONFLICT (id) DO UPDATE SET security_stamp = excluded.security_stamp
            """, new { id, stamp });
    }

    private async Task AddPurchaseAsync(string userId, string code)
    {
        await using var connection = await _db.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("""
            INSERT INTO purchases (checkout_session_id, user_id, occupation_code, status, created_at, paid_at)
            VALUES (@session, @userId, @code, 'paid', 1, 1)
            """, new { session = Guid.NewGuid().ToString("N"), userId, code });
    }

    [Fact]
    public async Task Reads_stamp_subscriptions_and_purchases_in_one_record()
    {
        await WriteUserAsync("u1", "stamp-1");
        await AddPurchaseAsync("u1", "29-2072.00");
        var records = Records(TimeSpan.FromSeconds(5));

        var record = await records.GetAsync("u1", CancellationToken.None);

        Assert.NotNull(record);
        Assert.Equal("stamp-1", record.SecurityStamp);
        Assert.Empty(record.Subscriptions);
        Assert.Equal("29-2072.00", Assert.Single(record.Purchases).OccupationCode);
        Assert.Null(await records.GetAsync("nobody", CancellationToken.None));
    }

    [Fact]
    public async Task Forget_makes_the_next_read_see_the_write_at_once()
    {
        await WriteUserAsync("u1", "stamp-1");
        var records = Records(TimeSpan.FromMinutes(5));
        Assert.Equal("stamp-1", (await records.GetAsync("u1", CancellationToken.None))!.SecurityStamp);

        await WriteUserAsync("u1", "stamp-2");
        await AddPurchaseAsync("u1", "15-1252.00");
        records.Forget();

        var after = await records.GetAsync("u1", CancellationToken.None);
        Assert.Equal("stamp-2", after!.SecurityStamp);
        Assert.Single(after.Purchases);
    }

    [Fact]
    public async Task A_write_made_elsewhere_is_seen_once_the_lifetime_has_passed()
    {
        await WriteUserAsync("u1", "stamp-1");
        var records = Records(TimeSpan.FromSeconds(5));
        await records.GetAsync("u1", CancellationToken.None);

        await WriteUserAsync("u1", "stamp-2"); // no Forget: another instance wrote it
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal("stamp-1", (await records.GetAsync("u1", CancellationToken.None))!.SecurityStamp);
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("stamp-2", (await records.GetAsync("u1", CancellationToken.None))!.SecurityStamp);
    }

    [Fact]
    public async Task A_zero_lifetime_reads_every_time()
    {
        await WriteUserAsync("u1", "stamp-1");
        var records = Records(TimeSpan.Zero);
        await records.GetAsync("u1", CancellationToken.None);

        await WriteUserAsync("u1", "stamp-2");

        Assert.Equal("stamp-2", (await records.GetAsync("u1", CancellationToken.None))!.SecurityStamp);
    }
}
