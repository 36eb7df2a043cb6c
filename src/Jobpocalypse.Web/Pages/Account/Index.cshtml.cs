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

/// <summary>
/// The reader's account: the address and whether it is confirmed, Pro state, every PDF bought with its download, the
/// way to manage the subscription, and the links to change the password or email, export and delete.
/// </summary>
[Authorize]
[EnableRateLimiting(FormRateLimiting.Policy)]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class IndexModel(
    UserManager<AppUser> users,
    ReaderAccessProvider accessProvider,
    PaymentsStore payments,
    ReferenceStore reference,
    CheckoutStarter checkout,
    MailOutbox outbox,
    TimeProvider time) : PageModel
{
    /// <summary>One confirmation link per this interval, however often the button is pressed.</summary>
    public static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(5);

    /// <summary>What the pages that come back here (?done=…) report; anything else shows nothing.</summary>
    private static readonly Dictionary<string, string> DoneMessages = new(StringComparer.Ordinal)
    {
        ["password"] = "Your password has been changed. Every other device was signed out.",
        ["email"] = "Check the inbox of the new address: the link in it finishes the change. Until then your account keeps this address.",
    };

    public sealed record PurchaseLine(string Code, string Title, string? ReportUrl, string? DownloadUrl, string Status, DateTimeOffset At);

    public string Email { get; private set; } = "";
    public bool EmailConfirmed { get; private set; }
    public ReaderAccess Access { get; private set; } = null!;
    public IReadOnlyList<PurchaseLine> Purchases { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        await LoadAsync(user, ct);
        Message = done is null ? null : DoneMessages.GetValueOrDefault(done);
        return Page();
    }

    /// <summary>Sends the confirmation link again: at most once per <see cref="ResendInterval"/> for the address.</summary>
    public async Task<IActionResult> OnPostResendAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        await LoadAsync(user, ct);
        if (user.EmailConfirmed)
        {
            Message = "Your email address is already confirmed.";
            return Page();
        }
        var now = time.GetUtcNow();
        if (await outbox.LastQueuedAsync(MailKinds.ConfirmEmail, user.Email, ct) is { } last
            && DateTimeOffset.FromUnixTimeSeconds(last) + ResendInterval is var next && next > now)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling((next - now).TotalMinutes));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Message = $"A link was sent a moment ago; check your inbox and spam folder. You can ask again in {minutes} minute{(minutes == 1 ? "" : "s")}.";
            return Page();
        }
        await outbox.EnqueueAsync(MailKinds.ConfirmEmail, user.Email, null, ct);
        Message = "We have sent a new link to your address. Earlier links no longer work.";
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
        EmailConfirmed = user.EmailConfirmed;
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
