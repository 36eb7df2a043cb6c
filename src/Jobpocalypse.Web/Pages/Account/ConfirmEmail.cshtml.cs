using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace Jobpocalypse.Web.Pages.Account;

/// <summary>
/// The page a confirmation link opens. Opening it changes nothing (mail scanners fetch links); the button posts the
/// token, with antiforgery. The page sends no referrer, so the token is not passed on. It needs no sign-in: the link
/// itself proves the mailbox. Expired, used, replaced and made-up links all get the same answer.
/// </summary>
[EnableRateLimiting(FormRateLimiting.Policy)]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class ConfirmEmailModel(AccountTokens tokens) : PageModel
{
    public const string InvalidLink = "This link is not valid: it may have expired (links last 24 hours), been used already, or " +
        "been replaced by a newer one.";

    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    public LinkOutcome? Outcome { get; private set; }

    public IActionResult OnGet()
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        if (string.IsNullOrEmpty(Token) || Token.Length > 100)
        {
            Outcome = LinkOutcome.Invalid;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Outcome = string.IsNullOrEmpty(Token) ? LinkOutcome.Invalid : await tokens.RedeemAsync(Token, ct);
        if (Outcome is LinkOutcome.Invalid or LinkOutcome.AddressTaken) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
