using System.Collections.Concurrent;
using Dapper;
using Jobpocalypse.Web.AppDatabase;
using Jobpocalypse.Web.Payments;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Accounts;

/// <summary>What every signed-in request needs from the app database: the session check and what the reader paid for.</summary>
public sealed record ReaderRecord(string SecurityStamp, IReadOnlyList<SubscriptionRow> Subscriptions, IReadOnlyList<PurchaseRow> Purchases);

/// <summary>Configuration section "Accounts:ReaderCache".</summary>
public sealed class ReaderCacheOptions
{
    public const string SectionName = "Accounts:ReaderCache";

    /// <summary>
    /// How long a reader's records are reused. Every write of this process forgets them at once; the lifetime only
    /// bounds how late a write made elsewhere (another instance, a restore) is seen. Zero reads them on every request,
    /// the default on Postgres (several instances).
    /// </summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// Singleton: a signed-in reader's stamp, subscriptions and purchases, read in one round trip and reused for a few
/// seconds, so a signed-in page costs no database read. Every code path that writes users, subscriptions or purchases
/// calls <see cref="Forget"/> after its commit; a record read before a write is never kept after it, because each
/// entry carries the write generation it was read under.
/// </summary>
public sealed class ReaderRecords(AppDb db, TimeProvider time, IOptions<ReaderCacheOptions> options)
{
    // Far above the readers active within one lifetime; reaching it drops everything rather than growing without bound.
    private const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>The account's records, or null when it no longer exists.</summary>
    public async Task<ReaderRecord?> GetAsync(string userId, CancellationToken ct)
    {
        var lifetime = options.Value.Lifetime;
        var generation = Interlocked.Read(ref _generation);
        if (_entries.TryGetValue(userId, out var cached) && cached.Generation == generation
            && time.GetElapsedTime(cached.ReadAt) < lifetime)
            return cached.Record;

        var readAt = time.GetTimestamp();
        var record = await ReadAsync(userId, ct);
        if (lifetime > TimeSpan.Zero)
        {
            if (_entries.Count >= MaxEntries) _entries.Clear();
            _entries[userId] = new Entry(record, generation, readAt);
        }
        return record;
    }

    /// <summary>After any committed write to users, subscriptions or purchases: nothing read before it is served again.</summary>
    public void Forget() => Interlocked.Increment(ref _generation);

    private async Task<ReaderRecord?> ReadAsync(string userId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition("""
            SELECT security_stamp FROM users WHERE id = @userId;
            SELECT id AS Id, status AS Status, price_id AS PriceId, current_period_end AS CurrentPeriodEnd,
                   cancel_at_period_end AS CancelAtPeriodEnd
            FROM subscriptions WHERE user_id = @userId ORDER BY updated_at DESC;
            SELECT checkout_session_id AS CheckoutSessionId, occupation_code AS OccupationCode, status AS Status,
                   created_at AS CreatedAt, paid_at AS PaidAt
            FROM purchases WHERE user_id = @userId ORDER BY created_at DESC;
            """, new { userId }, cancellationToken: ct));
        var stamp = await results.ReadSingleOrDefaultAsync<string>();
        var subscriptions = (await results.ReadAsync<SubscriptionRow>()).ToList();
        var purchases = (await results.ReadAsync<PurchaseRow>()).ToList();
        return stamp is null ? null : new ReaderRecord(stamp, subscriptions, purchases);
    }

    private sealed record Entry(ReaderRecord? Record, long Generation, long ReadAt);
}
