using System.ComponentModel.DataAnnotations;
using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Jobpocalypse.Web.Pages.Account;

/// <summary>
/// Sign-up answers the same, in about the same time, whether or not the address already has an account: a new
/// address gets its account and a mail with the link confirming the address, a taken one a mail saying so, and both readers are sent to sign in.
/// Nothing is created unless everything in the form is usable.
/// </summary>
[EnableRateLimiting(FormRateLimiting.Policy)]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class SignUpModel(UserManager<AppUser> users, AccountGate gate, MailOutbox outbox, ILogger<SignUpModel> logger) : PageModel
{
    [BindProperty] public SignUpInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() => ReturnUrl = ReturnUrls.LocalOrNull(Url, ReturnUrl);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ReturnUrl = ReturnUrls.LocalOrNull(Url, ReturnUrl);
        if (!ModelState.IsValid) return Page();
        var email = EmailAddressPolicy.Normalise(Input.Email, out _)!;

        if (await users.FindByEmailAsync(email) is null)
        {
            var user = new AppUser { Email = email, UserName = email };
            var result = await users.CreateAsync(user, Input.Password);
            if (result.Succeeded)
            {
                logger.LogInformation("Account {UserId} created", user.Id);
                await outbox.EnqueueAsync(MailKinds.ConfirmEmail, email, null, ct);
                return Done();
            }
            if (!result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                foreach (var error in result.Errors) ModelState.AddModelError("", error.Description);
                return Page();
            }
            // Taken meanwhile by a simultaneous sign-up: answered like any taken address.
        }
        else
        {
            gate.HashAsIfCreating(Input.Password);
        }
        await outbox.EnqueueAsync(MailKinds.SignUpExisting, email, null, ct);
        return Done();
    }

    private RedirectResult Done() =>
        Redirect("/account/sign-in?signedUp=true" + (ReturnUrl is null ? "" : "&returnUrl=" + Uri.EscapeDataString(ReturnUrl)));
}

public sealed class SignUpInput
{
    [Required(ErrorMessage = "Enter your email address."), MailboxAddress, Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required, StringLength(200, MinimumLength = 10, ErrorMessage = "Use at least 10 characters."), DataType(DataType.Password), Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Required, Compare(nameof(Password), ErrorMessage = "The two passwords differ."), DataType(DataType.Password), Display(Name = "Password again")]
    public string ConfirmPassword { get; set; } = "";
}
