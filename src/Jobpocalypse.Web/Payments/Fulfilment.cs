using Dapper;
using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.AppDatabase;
using System.Data.Common;

namespace Jobpocalypse.Web.Payments;

public enum FulfilmentOutcome { Applied, Duplicate }

/// <summary>A PDF checkout's state: paid grants the PDF, pending waits for the async payment, failed records the failure.</summary>
public sealed record PurchaseUpdate(string CheckoutSessionId, string UserId, string OccupationCode, string Status,
    long? AmountTotal, string? Currency);

/// <summary>
/// The only code that writes what readers are entitled to, shared by the Stripe webhook and the local test
/// checkout. Each change is applied with its event id (or test-checkout key) in one transaction: a redelivered
/// event finds its id already stored and changes nothing.
/// </summary>
public sealed class Fulfilment(AppDb db, ReaderRecords readers, TimeProvider time, ILogger<Fulfilment> logger)
{
    public static class Status
    {
        public const string Pending = "pending";
        public const string Paid = "paid";
        public const string Failed = "failed";
    }

    /// <summary>
    /// Stores a subscription's current state. The reader is the one linked to its Stripe customer, else the one
    /// named by the hint (checkout's client_reference_id or the subscription's metadata). A subscription Stripe has
    /// ended (canceled, incomplete_expired) never comes back, so a late event cannot revive it. The local test
    /// checkout passes <paramref name="linkCustomer"/> false: its made-up customer must never be sent to Stripe.
    /// </summary>
    public Task<FulfilmentOutcome> ApplySubscriptionAsync(string eventId, string eventType, SubscriptionState state,
        bool linkCustomer, CancellationToken ct) =>
        InTransactionAsync(eventId, eventType, async (connection, tx, now) =>
        {
            if (linkCustomer && state.UserIdHint is { } hint)
            {
                // Links the customer to the reader for later events, unless either side is linked already.
                await connection.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO stripe_customers (user_id, customer_id, created_at)
                    SELECT id, @CustomerId, @now FROM users WHERE id = @hint
                    ON CONFLICT DO NOTHING
                    """, new { state.CustomerId, hint, now }, tx, cancellationToken: ct));
            }
            var stored = await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO subscriptions (id, user_id, customer_id, status, price_id, current_period_end, cancel_at_period_end, updated_at)
                VALUES (@Id,
                        coalesce((SELECT user_id FROM stripe_customers WHERE customer_id = @CustomerId),
                                 (SELECT id FROM users WHERE id = @UserIdHint)),
                        @CustomerId, @Status, @PriceId, @CurrentPeriodEnd, @CancelAtPeriodEnd, @now)
                ON CONFLICT (id) DO UPDATE SET
                    user_id = coalesce(excluded.user_id, subscriptions.user_id),
                    customer_id = excluded.customer_id,
                    status = excluded.status,
                    price_id = excluded.price_id,
                    current_period_end = excluded.current_period_end,
                    cancel_at_period_end = excluded.cancel_at_period_end,
                    updated_at = excluded.updated_at
                WHERE subscriptions.status NOT IN ('canceled', 'incomplete_expired')
                """,
                new
                {
                    state.Id, state.CustomerId, state.Status, state.PriceId, state.UserIdHint,
                    CurrentPeriodEnd = state.CurrentPeriodEnd?.ToUnixTimeSeconds(),
                    state.CancelAtPeriodEnd, now,
                }, tx, cancellationToken: ct));
            if (stored == 0)
                logger.LogInformation("Subscription {SubscriptionId} has ended; {Status} from {EventType} not applied",
                    state.Id, state.Status, eventType);
        }, ct);

    /// <summary>
    /// Records a PDF checkout's state. Paid is final: a late "pending" or "failed" for a paid session changes nothing.
    /// </summary>
    public Task<FulfilmentOutcome> ApplyPurchaseAsync(string eventId, string eventType, PurchaseUpdate purchase,
        CancellationToken ct) =>
        InTransactionAsync(eventId, eventType, async (connection, tx, now) =>
        {
            var stored = await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO purchases (checkout_session_id, user_id, occupation_code, status, amount_total, currency, created_at, paid_at)
                SELECT @CheckoutSessionId, id, @OccupationCode, @Status, @AmountTotal, @Currency, @now,
                       CASE WHEN @Status = 'paid' THEN @now END
                FROM users WHERE id = @UserId
                ON CONFLICT (checkout_session_id) DO UPDATE SET
                    status = CASE WHEN purchases.status = 'paid' THEN 'paid' ELSE excluded.status END,
                    amount_total = coalesce(excluded.amount_total, purchases.amount_total),
                    currency = coalesce(excluded.currency, purchases.currency),
                    paid_at = coalesce(purchases.paid_at, excluded.paid_at)
                """,
                new
                {
                    purchase.CheckoutSessionId, purchase.UserId, purchase.OccupationCode, purchase.Status,
                    purchase.AmountTotal, purchase.Currency, now,
                }, tx, cancellationToken: ct));
            if (stored == 0)
                logger.LogWarning("Checkout {CheckoutSessionId} names no existing reader; nothing granted", purchase.CheckoutSessionId);
        }, ct);

    /// <summary>Marks an event as seen with no effect (a subscription Stripe no longer has, a session of another product).</summary>
    public Task<FulfilmentOutcome> RecordOnlyAsync(string eventId, string eventType, CancellationToken ct) =>
        InTransactionAsync(eventId, eventType, (_, _, _) => Task.CompletedTask, ct);

    private async Task<FulfilmentOutcome> InTransactionAsync(string eventId, string eventType,
        Func<DbConnection, DbTransaction, long, Task> apply, CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        await using var connection = await db.OpenAsync(ct);
        // Two deliveries of one event queue on the write lock (SQLite) or on the event id's key (Postgres), never deadlock.
        await using var tx = await AppDb.BeginWriteAsync(connection, ct);
        var first = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO processed_webhook_events (event_id, type, processed_at) VALUES (@eventId, @eventType, @now)
            ON CONFLICT (event_id) DO NOTHING
            """, new { eventId, eventType, now }, tx, cancellationToken: ct));
        if (first == 0) return FulfilmentOutcome.Duplicate; // disposing the transaction rolls it back

        await apply(connection, tx, now);
        await tx.CommitAsync(ct);
        readers.Forget();
        return FulfilmentOutcome.Applied;
    }
}
