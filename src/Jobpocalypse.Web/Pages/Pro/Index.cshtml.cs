using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Payments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Jobpocalypse.Web.Pages.Pro;

[EnableRateLimiting(FormRateLimiting.Policy)]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class IndexModel(ReaderAccessProvider accessProvider, CheckoutStarter checkout) : PageModel
{
    public ReaderAccess Access { get; private set; } = null!;
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Access = await accessProvider.GetAsync(ct);

    public async Task<IActionResult> OnPostSubscribeAsync(CancellationToken ct)
    {
        Access = await accessProvider.GetAsync(ct);
        if (Access.IsPro) return new SeeOtherResult("/account"); // never a second subscription
        var outcome = await checkout.StartAsync(HttpContext, "/pro",
            (gateway, user, urls) => gateway.StartProCheckoutAsync(user, urls, ct), "/pro/success", "/pro/cancelled");
        Message = outcome.Message;
        return outcome.Result ?? Page();
    }
}
