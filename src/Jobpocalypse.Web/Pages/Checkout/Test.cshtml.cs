using System.Security.Claims;
using Jobpocalypse.Web.Payments;
using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jobpocalypse.Web.Pages.Checkout;

/// <summary>
/// The local test checkout (Payments:Mode LocalTest, never in Production). "Complete" runs the same fulfilment
/// as the Stripe webhook; nothing is charged. Only the reader who started a session can see or complete it.
/// </summary>
[Authorize]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class TestModel(PaymentSettings payments, LocalTestCheckout checkout, ReferenceStore reference) : PageModel
{
    public TestCheckoutSession Session { get; private set; } = null!;
    public OccupationEntry? Occupation { get; private set; }
    public Prices Prices => payments.Prices;

    public string SuccessPath => Session.Kind == TestCheckoutSession.Pro ? "/pro/success"
        : Occupation is not null ? $"{Occupation.Url}/pdf?checkout=success" : "/account";
    public string CancelPath => Session.Kind == TestCheckoutSession.Pro ? "/pro/cancelled"
        : Occupation is not null ? $"{Occupation.Url}/pdf?checkout=cancelled" : "/account";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCompleteAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await checkout.CompleteAsync(Session, ct);
        return new SeeOtherResult(SuccessPath);
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (payments.Mode != PaymentMode.LocalTest) return false;
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        if (await checkout.FindAsync(id, userId, ct) is not { } session) return false;
        Session = session;
        Occupation = session.OccupationCode is { } code ? reference.Current.ByCode(code) : null;
        return true;
    }
}
