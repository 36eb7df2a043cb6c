using Dapper;
using Jobpocalypse.Web.AppDatabase;

namespace Jobpocalypse.Web.Payments;

public sealed class TestCheckoutSession
{
    public const string Pro = "pro";
    public const string Pdf = "pdf";

    public string Id { get; init; } = "";
    public string UserId { get; init; } = "";
    public string Kind { get; init; } = "";
    public string? OccupationCode { get; init; }
    public long CreatedAt { get; init; }
    /// <summary>True once "Complete" ran: its fulfilment key is in processed_webhook_events.</summary>
    public bool Completed { get; init; }
}

/// <summary>
/// The checkout used when no Stripe key is configured (Development, Testing): sessions are rows in the app
/// database, and completing one runs the webhook's fulfilment with a key of its own, so a second click, like a
/// redelivered event, changes nothing. No money moves.
/// </summary>
public sealed class LocalTestCheckout(AppDb db, Fulfilment fulfilment, TimeProvider time)
{
    public const string EventType = "local_test.checkout_completed";
    public const string PortalEventType = "local_test.portal_change";
    public const string ProPriceId = "local_test_pro";

    public static string FulfilmentKey(string sessionId) => $"test_checkout:{sessionId}";
    /// <summary>One subscription per completed session: a reader can subscribe again after one has ended.</summary>
    public static string SubscriptionId(string sessionId) => $"test_sub_{sessionId}";

    public async Task<string> CreateAsync(string userId, string kind, string? occupationCode, CancellationToken ct)
    {
        var id = "test_cs_" + Guid.NewGuid().ToString("N");
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO test_checkout_sessions (id, user_id, kind, occupation_code, created_at)
            VALUES (@id, @userId, @kind, @occupationCode, @now)
            """, new { id, userId, kind, occupationCode, now = time.GetUtcNow().ToUnixTimeSeconds() }, cancellationToken: ct));
        return id;
    }

    /// <summary>A session of this reader's only: another reader's session id finds nothing.</summary>
    public async Task<TestCheckoutSession?> FindAsync(string id, string userId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<TestCheckoutSession>(new CommandDefinition("""
            SELECT s.id AS Id, s.user_id AS UserId, s.kind AS Kind, s.occupation_code AS OccupationCode, s.created_at AS CreatedAt,
                   EXISTS (SELECT 1 FROM processed_webhook_events e WHERE e.event_id = 'test_checkout:' || s.id) AS Completed
            FROM test_checkout_sessions s
            WHERE s.id = @id AND s.user_id = @userId
            """, new { id, userId }, cancellationToken: ct));
    }

    public Task<FulfilmentOutcome> CompleteAsync(TestCheckoutSession session, CancellationToken ct)
    {
        var key = FulfilmentKey(session.Id);
        if (session.Kind == TestCheckoutSession.Pro)
        {
            var state = new SubscriptionState(SubscriptionId(session.Id), $"test_cus_{session.UserId}", "active", ProPriceId,
                time.GetUtcNow().AddMonths(1), CancelAtPeriodEnd: false, UserIdHint: session.UserId);
            return fulfilment.ApplySubscriptionAsync(key, EventType, state, linkCustomer: false, ct);
        }
        var purchase = new PurchaseUpdate(session.Id, session.UserId, session.OccupationCode!, Fulfilment.Status.Paid, null, null);
        return fulfilment.ApplyPurchaseAsync(key, EventType, purchase, ct);
    }
}
