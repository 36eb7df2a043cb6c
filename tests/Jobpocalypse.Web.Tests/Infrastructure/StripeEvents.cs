using System.Text.Json;
using Stripe;

namespace Jobpocalypse.Web.Tests.Infrastructure;

/// <summary>Stripe event payloads as Stripe sends them (API version of the pinned Stripe.net), and their signatures.</summary>
public static class StripeEvents
{
    public static string NewId() => "evt_" + Guid.NewGuid().ToString("N");

    /// <summary>
    /// A Pro checkout's completion for a new subscription of the reader, which the fake Stripe then reports active:
    /// the event's id, the subscription's id and the signed-for payload.
    /// </summary>
    public static (string EventId, string SubscriptionId, string Payload) ProCheckout(FakeStripeServer stripe, string userId, string customerId)
    {
        var subscription = stripe.SetSubscription(new FakeSubscription(stripe.NextId("sub"), customerId, "active", DateTimeOffset.UtcNow.AddDays(30)));
        var eventId = NewId();
        var session = CheckoutSession(stripe.NextId("cs_test"), "subscription", customerId, subscription.Id, userId, "paid");
        return (eventId, subscription.Id, Event(eventId, "checkout.session.completed", session, DateTimeOffset.UtcNow));
    }

    public static string Event(string id, string type, object dataObject, DateTimeOffset created) => JsonSerializer.Serialize(new
    {
        id,
        @object = "event",
        api_version = StripeConfiguration.ApiVersion,
        created = created.ToUnixTimeSeconds(),
        livemode = false,
        pending_webhooks = 1,
        request = new { id = (string?)null, idempotency_key = (string?)null },
        type,
        data = new { @object = dataObject },
    });

    public static object CheckoutSession(string id, string mode, string? customer, string? subscription, string? clientReferenceId,
        string paymentStatus, IDictionary<string, string>? metadata = null, long? amountTotal = null) => new Dictionary<string, object?>
    {
        ["id"] = id,
        ["object"] = "checkout.session",
        ["mode"] = mode,
        ["customer"] = customer,
        ["subscription"] = subscription,
        ["client_reference_id"] = clientReferenceId,
        ["payment_status"] = paymentStatus,
        ["status"] = "complete",
        ["metadata"] = metadata ?? new Dictionary<string, string>(),
        ["amount_total"] = amountTotal,
        ["currency"] = "usd",
    };

    /// <summary>The subscription object of a customer.subscription.* event: deliberately stale, the site must re-read it.</summary>
    public static object StaleSubscription(string id, string customer, string status) => new Dictionary<string, object?>
    {
        ["id"] = id,
        ["object"] = "subscription",
        ["customer"] = customer,
        ["status"] = status,
        ["cancel_at_period_end"] = false,
        ["items"] = new { @object = "list", data = Array.Empty<object>() },
    };

    public static object Invoice(string id, string customer, string? subscription) => new Dictionary<string, object?>
    {
        ["id"] = id,
        ["object"] = "invoice",
        ["customer"] = customer,
        ["parent"] = subscription is null ? null : new
        {
            type = "subscription_details",
            subscription_details = new { subscription },
        },
    };

    public static string Signature(string payload, DateTimeOffset at, string secret = StripeTestSettings.WebhookSecret) =>
        EventUtility.GenerateSignatureHeader(payload, secret, at.ToUnixTimeSeconds());
}
