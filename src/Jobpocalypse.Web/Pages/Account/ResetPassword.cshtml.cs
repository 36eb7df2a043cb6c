using System.ComponentModel.DataAnnotations;
using System.Text;
using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Jobpocalypse.Web.Pages.Account;

/// <summary>
/// The page a reset link opens. The token moves from the address into a hidden field, and the page sends no
/// referrer, so it is not passed on to another site. A used or expired link is refused.
/// </summary>
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
[EnableRateLimiting(FormRateLimiting.Policy)]
public sealed class ResetPasswordModel(UserManager<AppUser> users, SignInThrottle throttle, ILogger<ResetPasswordModel> logger) : PageModel
{
    private const string InvalidLink = "This reset link is not valid: it may have expired (links last 2 hours) or been used already. Ask for a new one.";

    [BindProperty] public ResetPasswordInput Input { get; set; } = new();

    public IActionResult OnGet(string? user, string? token)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(token))
        {
            ModelState.AddModelError("", InvalidLink);
            return Page();
        }
        Input = new ResetPasswordInput { UserId = user, Token = token };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByIdAsync(Input.UserId);
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Input.Token));
        }
        catch (FormatException)
        {
            token = "";
        }
        if (user is null || token.Length == 0)
        {
            ModelState.AddModelError("", InvalidLink);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError("", error.Code == nameof(IdentityErrorDescriber.InvalidToken) ? InvalidLink : error.Description);
            return Page();
        }
        // Whoever holds the mailbox owns the account: a successful reset lifts every sign-in wait on it (and an old lockout).
        throttle.Clear(user.NormalizedEmail);
        await users.SetLockoutEndDateAsync(user, null);
        logger.LogInformation("Password reset for account {UserId}", user.Id);
        return LocalRedirect("/account/sign-in?reset=true");
    }
}

public sealed class ResetPasswordInput
{
    [Required, StringLength(100)] public string UserId { get; set; } = "";
    [Required, StringLength(4000)] public string Token { get; set; } = "";

    [Required, StringLength(200, MinimumLength = 10, ErrorMessage = "Use at least 10 characters."), DataType(DataType.Password), Display(Name = "New password")]
    public string Password { get; set; } = "";

    [Required, Compare(nameof(Password), ErrorMessage = "The two passwords differ."), DataType(DataType.Password), Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}
