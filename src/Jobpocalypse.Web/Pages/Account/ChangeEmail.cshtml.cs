using System.ComponentModel.DataAnnotations;
using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace Jobpocalypse.Web.Pages.Account;

/// <summary>
/// Asks for a change of email: the current password, then one queued mail to the new address and the same answer
/// whether or not that address has an account (the dispatcher decides, off the request path, between the link and
/// a notice to the address's owner). Nothing changes until the link is opened.
/// </summary>
[Authorize]
[EnableRateLimiting(FormRateLimiting.Policy)]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class ChangeEmailModel(UserManager<AppUser> users, Reauthentication reauth, MailOutbox outbox) : PageModel
{
    [BindProperty] public ChangeEmailInput Input { get; set; } = new();
    public string CurrentEmail { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        CurrentEmail = user.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        CurrentEmail = user.Email;
        if (!ModelState.IsValid) return Page();
        if (await reauth.CheckAsync(HttpContext, user, Input.CurrentPassword) is { } problem)
        {
            ModelState.AddModelError("", problem);
            return Page();
        }
        var email = EmailAddressPolicy.Normalise(Input.NewEmail, out _)!;
        await outbox.EnqueueAsync(MailKinds.ChangeEmail, email, new Dictionary<string, string> { [MailFields.UserId] = user.Id }, ct);
        return LocalRedirect("/account?done=email");
    }
}

public sealed class ChangeEmailInput
{
    [Required(ErrorMessage = "Enter the new email address."), MailboxAddress, Display(Name = "New email address")]
    public string NewEmail { get; set; } = "";

    [Required(ErrorMessage = "Enter your current password."), StringLength(200), DataType(DataType.Password), Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";
}
