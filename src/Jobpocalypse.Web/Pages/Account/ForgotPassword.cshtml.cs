using System.ComponentModel.DataAnnotations;
using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Jobpocalypse.Web.Pages.Account;

/// <summary>
/// Queues a reset request for the address and answers at once, the same whether or not an account uses it: the
/// request path does one insert either way, and the mail dispatcher looks the account up and writes the link.
/// </summary>
[EnableRateLimiting(FormRateLimiting.Policy)]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class ForgotPasswordModel(MailOutbox outbox) : PageModel
{
    [BindProperty] public ForgotPasswordInput Input { get; set; } = new();
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        await outbox.EnqueueAsync(MailKinds.PasswordReset, EmailAddressPolicy.Normalise(Input.Email, out _)!, null, ct);
        Sent = true;
        return Page();
    }
}

public sealed class ForgotPasswordInput
{
    [Required(ErrorMessage = "Enter your email address."), MailboxAddress, Display(Name = "Email")]
    public string Email { get; set; } = "";
}
