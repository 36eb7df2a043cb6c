using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Payments;

/// <summary>Sends the reader to the local test checkout page instead of Stripe.</summary>
public sealed class LocalTestCheckoutGateway(LocalTestCheckout checkout) : ICheckoutGateway
{
    public const string PortalPath = "/checkout/test/portal";

    public async Task<string> StartProCheckoutAsync(AppUser user, CheckoutReturn urls, CancellationToken ct) =>
        PagePath(await checkout.CreateAsync(user.Id, TestCheckoutSession.Pro, null, ct));

    public async Task<string> StartPdfCheckoutAsync(AppUser user, OccupationEntry occupation, CheckoutReturn urls, CancellationToken ct) =>
        PagePath(await checkout.CreateAsync(user.Id, TestCheckoutSession.Pdf, occupation.Code, ct));

    public Task<string?> StartPortalAsync(AppUser user, string returnUrl, CancellationToken ct) => Task.FromResult<string?>(PortalPath);

    /// <summary>Nothing to call: the deletion itself marks the local subscription canceled.</summary>
    public Task CancelSubscriptionAsync(string subscriptionId, CancellationToken ct) => Task.CompletedTask;

    public static string PagePath(string sessionId) => $"/checkout/test/{sessionId}";
}
