using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Payments;
using Jobpocalypse.Web.Pdf;
using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Jobpocalypse.Web.Pages.Occupations;

/// <summary>The PDF offer of one occupation: the download for its buyer or a Pro reader, otherwise the purchase.</summary>
[EnableRateLimiting(FormRateLimiting.Policy)]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class PdfModel(ReferenceStore reference, ReaderAccessProvider accessProvider, CheckoutStarter checkout) : PageModel
{
    public OccupationEntry Entry { get; private set; } = null!;
    public ReaderAccess Access { get; private set; } = null!;
    public string? Message { get; private set; }
    /// <summary>"success" or "cancelled" when checkout sends the reader back here.</summary>
    [BindProperty(SupportsGet = true)] public string? Checkout { get; set; }

    public string DownloadPath => ReportPdfEndpoint.Path(Entry);
    public string PagePath => $"{Entry.Url}/pdf";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (reference.Current.BySlug(slug) is not { } entry) return NotFound();
        Entry = entry;
        Access = await accessProvider.GetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostBuyAsync(string slug, CancellationToken ct)
    {
        if (reference.Current.BySlug(slug) is not { } entry) return NotFound();
        Entry = entry;
        Access = await accessProvider.GetAsync(ct);
        if (Access.CanDownloadPdf(entry.Code)) return new SeeOtherResult(PagePath); // already theirs: no second charge
        if (Access.HasPendingPdf(entry.Code))
        {
            // A payment for it is still being confirmed: a second checkout could charge twice.
            Message = "Your payment for this PDF is still being confirmed, so it cannot be bought again meanwhile.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var outcome = await checkout.StartAsync(HttpContext, PagePath,
            (gateway, user, urls) => gateway.StartPdfCheckoutAsync(user, entry, urls, ct),
            PagePath + "?checkout=success", PagePath + "?checkout=cancelled");
        Message = outcome.Message;
        return outcome.Result ?? Page();
    }
}
