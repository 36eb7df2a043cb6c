using System.Security.Claims;
using Jobpocalypse.Web.Payments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jobpocalypse.Web.Pages.Checkout;

/// <summary>
/// The local stand-in for Stripe's billing portal: cancel at period end, resume, or end a test subscription now,
/// each through the webhook's fulfilment, so "cancel anytime" can be tried without Stripe.
/// </summary>
[Authorize]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class PortalModel(PaymentSettings payments, PaymentsStore store, Fulfilment fulfilment, TimeProvider time) : PageModel
{
    public SubscriptionRow? Subscription { get; private set; }
    public DateTimeOffset Now { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) => ChangeAsync(s => s with { CancelAtPeriodEnd = true }, ct);
    public Task<IActionResult> OnPostResumeAsync(CancellationToken ct) => ChangeAsync(s => s with { CancelAtPeriodEnd = false }, ct);
    public Task<IActionResult> OnPostEndAsync(CancellationToken ct) => ChangeAsync(s => s with { Status = "canceled" }, ct);

    private async Task<IActionResult> ChangeAsync(Func<SubscriptionState, SubscriptionState> change, CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Subscription is null) return NotFound();
        var s = Subscription;
        var state = new SubscriptionState(s.Id, $"test_cus_{UserId}", s.Status, s.PriceId, s.PeriodEnd, s.CancelAtPeriodEnd, UserId);
        await fulfilment.ApplySubscriptionAsync($"test_portal:{Guid.NewGuid():N}", LocalTestCheckout.PortalEventType, change(state),
            linkCustomer: false, ct);
        return new SeeOtherResult(LocalTestCheckoutGateway.PortalPath);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (payments.Mode != PaymentMode.LocalTest) return false;
        Now = time.GetUtcNow();
        Subscription = (await store.SubscriptionsAsync(UserId, ct))
            .FirstOrDefault(s => s.Id.StartsWith("test_sub_", StringComparison.Ordinal));
        return true;
    }
}
