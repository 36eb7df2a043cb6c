namespace Jobpocalypse.Web.Payments;

/// <summary>A subscription's current state as Stripe reports it (or as the local test checkout sets it).</summary>
public sealed record SubscriptionState(
    string Id,
    string CustomerId,
    string Status,
    string? PriceId,
    DateTimeOffset? CurrentPeriodEnd,
    bool CancelAtPeriodEnd,
    string? UserIdHint)
{
    /// <summary>
    /// Since API version 2025-03-31 the billing period lives on each subscription item; Pro has one item, and
    /// with several the latest end is the period paid for.
    /// </summary>
    public static SubscriptionState FromStripe(Stripe.Subscription subscription)
    {
        var items = subscription.Items?.Data ?? [];
        DateTimeOffset? periodEnd = items.Count == 0
            ? null
            : new DateTimeOffset(DateTime.SpecifyKind(items.Max(i => i.CurrentPeriodEnd), DateTimeKind.Utc));
        return new SubscriptionState(
            subscription.Id,
            subscription.CustomerId,
            subscription.Status,
            items.FirstOrDefault()?.Price?.Id,
            periodEnd,
            subscription.CancelAtPeriodEnd,
            subscription.Metadata?.GetValueOrDefault(CheckoutMetadata.UserId));
    }
}
