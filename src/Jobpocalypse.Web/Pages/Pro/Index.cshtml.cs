using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Payments;
using Jobpocalypse.Web.Pro;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Jobpocalypse.Web.Pages.Pro;

[EnableRateLimiting(FormRateLimiting.Policy)]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class IndexModel(ReaderAccessProvider accessProvider, CheckoutStarter checkout, ReferenceStore reference) : PageModel
{
    /// <summary>The occupation the example is computed for: the one the product's sample report describes.</summary>
    public const string ExampleCode = "29-2072.00";

    public ReaderAccess Access { get; private set; } = null!;
    public string? Message { get; private set; }
    /// <summary>
    /// The four Pro features of <see cref="ExampleCode"/>, computed as for a Pro reader's report and shown to
    /// everyone on purpose; null if a dataset no longer has that occupation.
    /// </summary>
    public ProInsights? Example { get; private set; }
    /// <summary>The example's four sections as the report sets them.</summary>
    public ProReport? ExampleReport { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostSubscribeAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Access.IsPro) return new SeeOtherResult("/account"); // never a second subscription
        // A Pro subscription awaiting payment is settled in the billing portal, never replaced by a second one.
        var outcome = Access.ProNeedsPayment ? await checkout.StartPortalAsync(HttpContext, "/account", ct) 
            : await checkout.StartAsync(HttpContext, "/pro",
                (gateway, user, urls) => gateway.StartProCheckoutAsync(user, urls, ct), "/pro/success", "/pro/cancelled");
        Message = outcome.Message;
        return outcome.Result ?? Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Access = await accessProvider.GetAsync(ct);
        var snapshot = reference.Current;
        Example = snapshot.ByCode(ExampleCode) is { } entry ? ProFigures.Of(snapshot).For(entry) : null;
        ExampleReport = Example is null ? null : ProReport.Build(Example);
    }
}
