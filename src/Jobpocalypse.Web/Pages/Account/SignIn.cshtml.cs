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
/// Sign-in answers the same, in the same time, for an unknown email and a wrong password; repeated failures from
/// one client for one email wait (<see cref="SignInThrottle"/>) rather than lock the account.
/// </summary>
[EnableRateLimiting(FormRateLimiting.Policy)]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class SignInModel(AccountGate gate, SignInManager<AppUser> signIn, SignInThrottle throttle) : PageModel
{
    public const string WrongCredentials = "The email or password is not right.";

    [BindProperty] public SignInInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    /// <summary>Set after a password reset, to say the new password works now.</summary>
    [BindProperty(SupportsGet = true)] public bool Reset { get; set; }
    /// <summary>Set after sign-up, which never signs in by itself (its answer must not tell a new address from a taken one).</summary>
    [BindProperty(SupportsGet = true)] public bool SignedUp { get; set; }
    /// <summary>Set after the account was deleted (and signed out).</summary>
    [BindProperty(SupportsGet = true)] public bool Deleted { get; set; }

    public void OnGet() => ReturnUrl = ReturnUrls.LocalOrNull(Url, ReturnUrl);

    public async Task<IActionResult> OnPostAsync()
    {
        ReturnUrl = ReturnUrls.LocalOrNull(Url, ReturnUrl);
        if (ModelState.TryGetValue("Input.RememberMe", out var remember) && remember.Errors.Count > 0)
        {
            // The checkbox sends "true" or nothing; anything else is a crafted post. Re-rendering the box with that value
            // would fail, so the value is dropped and the form says what happened.
            ModelState.Remove("Input.RememberMe");
            Input.RememberMe = false;
            ModelState.AddModelError("", "“Keep me signed in” can only be ticked or not; the form sent something else. Try again.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!ModelState.IsValid) return Page();
        var email = EmailAddressPolicy.Normalise(Input.Email, out _)!;
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";

        if (throttle.WaitFor(client, email) is { Ticks: > 0 } wait) return Throttled(wait);
        if (await gate.CheckPasswordAsync(email, Input.Password) is not { } user)
        {
            var imposed = throttle.Failed(client, email);
            if (imposed > TimeSpan.Zero) return Throttled(imposed);
            ModelState.AddModelError("", WrongCredentials);
            return Page();
        }
        throttle.Succeeded(client, email);
        await signIn.SignInAsync(user, Input.RememberMe);
        return LocalRedirect(ReturnUrl ?? "/account");
    }

    private PageResult Throttled(TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        ModelState.AddModelError("", $"{WrongCredentials} After several failed tries, this email can be tried again from your connection " +
            $"in {minutes} minute{(minutes == 1 ? "" : "s")}. Forgot the password? Reset it below: that lifts the wait.");
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }
}

public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your email address."), MailboxAddress, Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password."), StringLength(200), DataType(DataType.Password), Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Display(Name = "Keep me signed in on this device")]
    public bool RememberMe { get; set; }
}
