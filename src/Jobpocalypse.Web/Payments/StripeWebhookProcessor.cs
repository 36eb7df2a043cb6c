using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace Jobpocalypse.Web.Payments;

public enum WebhookResult { Applied, Duplicate, Ignored, Rejected }

/// <summary>
/// Turns one signed Stripe event into at most one change of entitlements. The signature (and its timestamp,
/// against the injected clock) is checked before anything is read; subscription state is always re-read from
/// Stripe rather than taken from the event, so events may arrive in any order and the last one stored is current.
/// </summary>
public sealed class StripeWebhookProcessor(
    IStripeClient stripe,
    IOptions<StripeOptions> options,
    PaymentsStore store,
    Fulfilment fulfilment,
    SubscriptionLocks locks,
    TimeProvider time,
    ILogger<StripeWebhookProcessor> logger)
{
    /// <summary>Stripe's default: a signature more than five minutes old is a replay.</summary>
    public const long ToleranceSeconds = 300;

    public async Task<WebhookResult> ProcessAsync(string json, string signatureHeader, CancellationToken ct)
    {
        Event stripeEvent;
        try
        {
            // The API version is not enforced: subscriptions are re-read with the client's own version, and the
            // checkout fields used here are the same in every version.
            stripeEvent = EventUtility.ConstructEvent(json, signatureHeader, options.Value.WebhookSecret, ToleranceSeconds,
                time.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        // Stripe.net parses with System.Text.Json: a signed body that is empty, not JSON, an array or ill-typed throws
        // its JsonException (or an argument/format error from a converter), all of them a bad request, not a crash.
        catch (Exception e) when (e is StripeException or System.Text.Json.JsonException or Newtonsoft.Json.JsonException
                                      or ArgumentException or FormatException or InvalidOperationException or NotSupportedException)
        {
            // Stripe's message says which check failed (no signature, no match, too old, unreadable payload).
            logger.LogWarning("Stripe webhook rejected: {Reason}", e.Message);
            return WebhookResult.Rejected;
        }

        if (string.IsNullOrEmpty(stripeEvent?.Id) || string.IsNullOrEmpty(stripeEvent.Type) || stripeEvent.Data?.Object is null)
        {
            logger.LogWarning("Stripe webhook rejected: the signed payload is not an event with an id, a type and an object");
            return WebhookResult.Rejected;
        }

        if (stripeEvent.ApiVersion != StripeConfiguration.ApiVersion)
            logger.LogWarning("Stripe event {EventId} has API version {EventVersion}; this site uses {Version}",
                stripeEvent.Id, stripeEvent.ApiVersion, StripeConfiguration.ApiVersion);

        if (await store.IsProcessedAsync(stripeEvent.Id, ct)) return Logged(stripeEvent, WebhookResult.Duplicate);

        var outcome = stripeEvent.Data.Object switch
        {
            Session session when IsCheckoutEvent(stripeEvent.Type) => await CheckoutAsync(stripeEvent, session, ct),
            Subscription subscription when IsSubscriptionEvent(stripeEvent.Type) =>
                await SubscriptionAsync(stripeEvent, subscription.Id, null, ct),
            Invoice invoice when stripeEvent.Type is EventTypes.InvoicePaid or EventTypes.InvoicePaymentFailed =>
                invoice.Parent?.SubscriptionDetails?.SubscriptionId is { } subscriptionId
                    ? await SubscriptionAsync(stripeEvent, subscriptionId, null, ct)
                    : await fulfilment.RecordOnlyAsync(stripeEvent.Id, stripeEvent.Type, ct),
            _ => (FulfilmentOutcome?)null,
        };
        return Logged(stripeEvent, outcome switch
        {
            FulfilmentOutcome.Applied => WebhookResult.Applied,
            FulfilmentOutcome.Duplicate => WebhookResult.Duplicate,
            _ => WebhookResult.Ignored,
        });
    }

    private static bool IsCheckoutEvent(string type) => type is EventTypes.CheckoutSessionCompleted
        or EventTypes.CheckoutSessionAsyncPaymentSucceeded or EventTypes.CheckoutSessionAsyncPaymentFailed;

    private static bool IsSubscriptionEvent(string type) => type is EventTypes.CustomerSubscriptionCreated
        or EventTypes.CustomerSubscriptionUpdated or EventTypes.CustomerSubscriptionDeleted;

    private async Task<FulfilmentOutcome> CheckoutAsync(Event stripeEvent, Session session, CancellationToken ct)
    {
        var userId = session.ClientReferenceId ?? session.Metadata?.GetValueOrDefault(CheckoutMetadata.UserId);
        if (session.Mode == "subscription" && session.SubscriptionId is { } subscriptionId)
            return await SubscriptionAsync(stripeEvent, subscriptionId, userId, ct);

        if (session.Mode == "payment" && userId is not null
            && session.Metadata?.GetValueOrDefault(CheckoutMetadata.OccupationCode) is { Length: > 0 } occupationCode)
        {
            // Only a paid session grants; an unpaid one (bank debit, voucher) waits for async_payment_succeeded.
            var status = stripeEvent.Type == EventTypes.CheckoutSessionAsyncPaymentFailed ? Fulfilment.Status.Failed
                : session.PaymentStatus == "paid" ? Fulfilment.Status.Paid
                : Fulfilment.Status.Pending;
            return await fulfilment.ApplyPurchaseAsync(stripeEvent.Id, stripeEvent.Type,
                new PurchaseUpdate(session.Id, userId, occupationCode, status, session.AmountTotal, session.Currency), ct);
        }

        logger.LogInformation("Checkout session {SessionId} ({Mode}) is not a Pro or PDF checkout of this site", session.Id, session.Mode);
        return await fulfilment.RecordOnlyAsync(stripeEvent.Id, stripeEvent.Type, ct);
    }

    private async Task<FulfilmentOutcome> SubscriptionAsync(Event stripeEvent, string subscriptionId, string? userId, CancellationToken ct)
    {
        // Read and write under the subscription's lock: a concurrent event for it waits, then reads a state at least as new.
        using var held = await locks.AcquireAsync(subscriptionId, ct);
        Subscription current;
        try
        {
            current = await new SubscriptionService(stripe).GetAsync(subscriptionId, cancellationToken: ct);
        }
        catch (StripeException e) when (e.HttpStatusCode == System.Net.HttpStatusCode.NotFound)
        {
            logger.LogWarning("Subscription {SubscriptionId} of event {EventId} no longer exists at Stripe", subscriptionId, stripeEvent.Id);
            return await fulfilment.RecordOnlyAsync(stripeEvent.Id, stripeEvent.Type, ct);
        }
        var state = SubscriptionState.FromStripe(current);
        if (userId is not null) state = state with { UserIdHint = userId };
        return await fulfilment.ApplySubscriptionAsync(stripeEvent.Id, stripeEvent.Type, state, linkCustomer: true, ct);
    }

    private WebhookResult Logged(Event stripeEvent, WebhookResult result)
    {
        logger.LogInformation("Stripe event {EventId} {EventType}: {Result}", stripeEvent.Id, stripeEvent.Type, result);
        return result;
    }
}
