using System.ComponentModel.DataAnnotations;
using System.Text;
using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Pages.Account;

[EnableRateLimiting(FormRateLimiting.Policy)]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class ForgotPasswordModel(
    UserManager<AppUser> users,
    AccountMailer mailer,
    IOptions<DataProtectionTokenProviderOptions> tokens,
    ILogger<ForgotPasswordModel> logger) : PageModel
{
    [BindProperty] public ForgotPasswordInput Input { get; set; } = new();
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        // Same answer whether or not the address has an account, so the form cannot be used to find out.
        Sent = true;
        if (await users.FindByEmailAsync(Input.Email.Trim()) is not { } user) return Page();

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{Request.Scheme}://{Request.Host}/account/reset-password?user={Uri.EscapeDataString(user.Id)}" +
                   $"&token={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";
        try
        {
            await mailer.SendPasswordResetAsync(user.Email, link, tokens.Value.TokenLifespan, ct);
            logger.LogInformation("Password reset link sent for account {UserId}", user.Id);
        }
        catch (System.Net.Mail.SmtpException e)
        {
            // Logged for the operator; the reader sees the usual answer rather than learning the account exists.
            logger.LogError("Password reset email for account {UserId} could not be sent: {Status}", user.Id, e.StatusCode);
        }
        return Page();
    }
}

public sealed class ForgotPasswordInput
{
    [Required, EmailAddress, Display(Name = "Email")]
    public string Email { get; set; } = "";
}
