using System.Text;
using Jobpocalypse.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// Writes each kind of outbox mail when it is sent. Links start with the configured Site:BaseUrl, never with a
/// request's Host header. Null means there is nothing to send (a reset asked for an address with no account).
/// </summary>
public sealed class AccountMailComposer(UserManager<AppUser> users, SiteOrigin site, IOptions<DataProtectionTokenProviderOptions> tokens,
    AddressMailComposer addresses)
{
    public async Task<MailContent?> ComposeAsync(OutboxMessage message, CancellationToken ct) => message.Kind switch
    {
        MailKinds.PasswordReset => await PasswordResetAsync(message.ToAddress),
        MailKinds.Welcome => new MailContent("Your Jobpocalypse account", Lines(
            "Your Jobpocalypse account has been created with this address.",
            "",
            "Sign in here:",
            site.Absolute("/account/sign-in"),
            "",
            "If you did not create it, reset its password to take it over, or simply ignore this email.")),
        MailKinds.SignUpExisting => new MailContent("Someone tried to create a Jobpocalypse account with your address", Lines(
            "Someone, maybe you, tried to create a Jobpocalypse account with this address, which already has one.",
            "Nothing was changed.",
            "",
            "To sign in:",
            site.Absolute("/account/sign-in"),
            "Forgot the password? Choose a new one here:",
            site.Absolute("/account/forgot-password"),
            "",
            "If it was not you, ignore this email.")),
        MailKinds.ConfirmEmail or MailKinds.ChangeEmail or MailKinds.EmailChanged or MailKinds.PasswordChanged =>
            await addresses.ComposeAsync(message, ct),
        _ => throw new InvalidOperationException($"Unknown mail kind '{message.Kind}'."),
    };

    private async Task<MailContent?> PasswordResetAsync(string address)
    {
        if (await users.FindByEmailAsync(address) is not { } user) return null;
        // Until its owner proves the mailbox, an account's resets wait: whoever signed up with another person's address
        // must not use it, and the owner's confirmation releases them.
        if (!user.EmailConfirmed) return MailContent.Held;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = site.Absolute($"/account/reset-password?user={Uri.EscapeDataString(user.Id)}" +
                                 $"&token={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}");
        var hours = tokens.Value.TokenLifespan.TotalHours;
        return new MailContent("Reset your Jobpocalypse password", Lines(
            "Someone asked to reset the password of your Jobpocalypse account.",
            "",
            "To choose a new password, open this link:",
            link,
            "",
            $"The link works once and expires in {hours:0.#} hour{(hours == 1 ? "" : "s")}.",
            "If you did not ask for this, ignore this email: your password stays as it is."));
    }

    internal static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";
}
