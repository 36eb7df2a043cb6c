namespace Jobpocalypse.Web.Payments;

/// <summary>
/// The one rule for Pro access, used by every page, the PDF download and every Pro feature: a subscription
/// Stripe reports as active or trialing, whose paid period has not ended. A cancelled-at-period-end subscription
/// stays active until that end; past_due, unpaid, incomplete and canceled grant nothing.
/// </summary>
public static class Entitlements
{
    public static bool GrantsPro(string status, DateTimeOffset? currentPeriodEnd, DateTimeOffset now) =>
        status is "active" or "trialing" && currentPeriodEnd is { } end && now < end;
}
