using Dapper;
using Jobpocalypse.Web.AppDatabase;

namespace Jobpocalypse.Web.Payments;

public sealed class SubscriptionRow
{
    public string Id { get; init; } = "";
    public string Status { get; init; } = "";
    public string? PriceId { get; init; }
    public long? CurrentPeriodEnd { get; init; }
    public bool CancelAtPeriodEnd { get; init; }

    public DateTimeOffset? PeriodEnd => CurrentPeriodEnd is { } s ? DateTimeOffset.FromUnixTimeSeconds(s) : null;
}

public sealed class PurchaseRow
{
    public string CheckoutSessionId { get; init; } = "";
    public string OccupationCode { get; init; } = "";
    public string Status { get; init; } = "";
    public long CreatedAt { get; init; }
    public long? PaidAt { get; init; }
}

/// <summary>Reads of what a reader has paid for, and the reader ↔ Stripe customer link.</summary>
public sealed class PaymentsStore(AppDb db, TimeProvider time)
{
    public async Task<IReadOnlyList<SubscriptionRow>> SubscriptionsAsync(string userId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<SubscriptionRow>(new CommandDefinition("""
            SELECT id AS Id, status AS Status, price_id AS PriceId, current_period_end AS CurrentPeriodEnd,
                   cancel_at_period_end AS CancelAtPeriodEnd
            FROM subscriptions
            WHERE user_id = @userId
            ORDER BY updated_at DESC
            """, new { userId }, cancellationToken: ct));
        return rows.ToList();
    }

    public async Task<IReadOnlyList<PurchaseRow>> PurchasesAsync(string userId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<PurchaseRow>(new CommandDefinition("""
            SELECT checkout_session_id AS CheckoutSessionId, occupation_code AS OccupationCode, status AS Status,
                   created_at AS CreatedAt, paid_at AS PaidAt
            FROM purchases
            WHERE user_id = @userId
            ORDER BY created_at DESC
            """, new { userId }, cancellationToken: ct));
        return rows.ToList();
    }

    public async Task<string?> CustomerIdAsync(string userId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT customer_id FROM stripe_customers WHERE user_id = @userId", new { userId }, cancellationToken: ct));
    }

    /// <summary>Stores the link unless the reader already has one, and returns the one that is stored.</summary>
    public async Task<string> SaveCustomerAsync(string userId, string customerId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO stripe_customers (user_id, customer_id, created_at) VALUES (@userId, @customerId, @now)
            ON CONFLICT (user_id) DO NOTHING
            """, new { userId, customerId, now = time.GetUtcNow().ToUnixTimeSeconds() }, cancellationToken: ct));
        return await connection.QuerySingleAsync<string>(new CommandDefinition(
            "SELECT customer_id FROM stripe_customers WHERE user_id = @userId", new { userId }, cancellationToken: ct));
    }

    public async Task<bool> IsProcessedAsync(string eventId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM processed_webhook_events WHERE event_id = @eventId", new { eventId }, cancellationToken: ct)) > 0;
    }
}
