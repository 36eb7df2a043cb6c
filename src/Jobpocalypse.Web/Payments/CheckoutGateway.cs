using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Payments;

/// <summary>Where checkout sends the reader back: after paying, or after giving up.</summary>
public sealed record CheckoutReturn(string SuccessUrl, string CancelUrl);

/// <summary>
/// Starts checkouts and the subscription portal, returning the address to send the reader to. Nothing here
/// grants access: that is the webhook's job (or the local test checkout's "Complete" button).
/// </summary>
public interface ICheckoutGateway
{
    Task<string> StartProCheckoutAsync(AppUser user, CheckoutReturn urls, CancellationToken ct);
    Task<string> StartPdfCheckoutAsync(AppUser user, OccupationEntry occupation, CheckoutReturn urls, CancellationToken ct);
    /// <summary>Null when the reader has never checked out, so there is nothing to manage.</summary>
    Task<string?> StartPortalAsync(AppUser user, string returnUrl, CancellationToken ct);
    /// <summary>Ends a subscription now (account deletion); one the provider no longer has counts as ended.</summary>
    Task CancelSubscriptionAsync(string subscriptionId, CancellationToken ct);
}
