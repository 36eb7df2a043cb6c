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
/// Changing the password needs the current one. Identity gives the account a new security stamp, which every other
/// session's cookie no longer matches (<see cref="SessionCookieEvents"/>); this session gets a fresh cookie.
/// </summary>
[Authorize]
[EnableRateLimiting(FormRateLimiting.Policy)]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, Reauthentication reauth,
    MailOutbox outbox, ILogger<ChangePasswordModel> logger) : PageModel
{
    [BindProperty] public ChangePasswordInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!ModelState.IsValid) return Page();
        if (await reauth.CheckAsync(HttpContext, user, Input.CurrentPassword) is { } problem)
        {
            ModelState.AddModelError("", problem);
            return Page();
        }
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            // A concurrent change (the concurrency stamp) or a password rule: said, nothing changed.
            foreach (var error in result.Errors) ModelState.AddModelError("", error.Description);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        await outbox.EnqueueAsync(MailKinds.PasswordChanged, user.Email, null, ct);
        logger.LogInformation("Password changed for account {UserId}", user.Id);
        return LocalRedirect("/account?done=password");
    }
}

public sealed class ChangePasswordInput
{
    [Required(ErrorMessage = "Enter your current password."), StringLength(200), DataType(DataType.Password), Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter a new password."), StringLength(200, MinimumLength = 10, ErrorMessage = "Use at least 10 characters."),
     DataType(DataType.Password), Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter the new password again."), Compare(nameof(NewPassword), ErrorMessage = "The two new passwords differ."),
     DataType(DataType.Password), Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}
