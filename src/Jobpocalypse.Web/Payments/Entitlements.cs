namespace Jobpocalypse.Web.Payments;

/// <summary>
/// The one rule for Pro access, used by every page, the PDF download and every Pro feature: a subscription to the
/// configured Pro price that Stripe reports as active or trialing, whose paid period has not ended. A
/// cancelled-at-period-end subscription stays active until that end; past_due, unpaid, incomplete and canceled grant
/// nothing, and neither does a subscription to any other price the same Stripe account sells.
/// </summary>
public static class Entitlements
{
    public static bool GrantsPro(string status, string? priceId, DateTimeOffset? currentPeriodEnd, DateTimeOffset now, string? proPriceId) =>
        proPriceId is { Length: > 0 } && priceId == proPriceId
        && status is "active" or "trialing" && currentPeriodEnd is { } end && now < end;

    /// <summary>States in which the reader already has a Pro subscription that needs paying, not a new one.</summary>
    public static bool NeedsPayment(string status) => status is "past_due" or "unpaid" or "incomplete";
}
