using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Payments;
using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Jobpocalypse.Web.Pages.Account;

/// <summary>The reader's account: Pro state, every PDF bought with its download, and the way to manage the subscription.</summary>
[Authorize]
[EnableRateLimiting(FormRateLimiting.Policy)]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class IndexModel(
    UserManager<AppUser> users,
    ReaderAccessProvider accessProvider,
    PaymentsStore payments,
    ReferenceStore reference,
    CheckoutStarter checkout,
    TimeProvider time) : PageModel
{
    public sealed record PurchaseLine(string Code, string Title, string? ReportUrl, string? DownloadUrl, string Status, DateTimeOffset At);

    public string Email { get; private set; } = "";
    public ReaderAccess Access { get; private set; } = null!;
    public IReadOnlyList<PurchaseLine> Purchases { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        await LoadAsync(user, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostManageAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var outcome = await checkout.StartPortalAsync(HttpContext, "/account", ct);
        if (outcome.Result is { } result) return result;
        await LoadAsync(user, ct);
        Message = outcome.Message;
        return Page();
    }

    private async Task LoadAsync(AppUser user, CancellationToken ct)
    {
        Email = user.Email;
        Now = time.GetUtcNow();
        Access = await accessProvider.GetAsync(ct);
        var snapshot = reference.Current;
        Purchases = (await payments.PurchasesAsync(user.Id, ct))
            .Select(p =>
            {
                var entry = snapshot.ByCode(p.OccupationCode);
                return new PurchaseLine(p.OccupationCode, entry?.Title ?? p.OccupationCode, entry?.Url,
                    entry is not null && p.Status == Fulfilment.Status.Paid ? Pdf.ReportPdfEndpoint.Path(entry) : null,
                    p.Status, DateTimeOffset.FromUnixTimeSeconds(p.PaidAt ?? p.CreatedAt));
            })
            .ToList();
    }
}
