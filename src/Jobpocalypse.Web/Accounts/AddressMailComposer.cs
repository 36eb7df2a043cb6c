using Jobpocalypse.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// The mail about an account's address and password: confirmation links (made at sending time, so a retried send
/// mints a fresh link and an older one stops working), the change-email link or notice, and the after-the-fact
/// notices to the old address and on a password change.
/// </summary>
public sealed class AddressMailComposer(UserManager<AppUser> users, AccountTokens tokens, SiteOrigin site)
{
    private static string Lines(params string[] lines) => AccountMailComposer.Lines(lines);

    public async Task<MailContent?> ComposeAsync(OutboxMessage message, CancellationToken ct) => message.Kind switch
    {
        MailKinds.ConfirmEmail => await ConfirmAsync(message.ToAddress, ct),
        MailKinds.ChangeEmail => await ChangeAsync(message, ct),
        MailKinds.EmailChanged => new MailContent("The email address of your Jobpocalypse account was changed", Lines(
            "The Jobpocalypse account that used this address now uses another one, confirmed from its mailbox:",
            message.Fields.GetValueOrDefault(MailFields.NewEmail) ?? "",
            "",
            "Mail about the account goes there from now on, and every device was signed out.",
            "If you did not ask for this, someone who knew your password did. This address can create a new account.")),
        MailKinds.PasswordChanged => new MailContent("Your Jobpocalypse password was changed", Lines(
            "The password of your Jobpocalypse account was changed, and every other device was signed out.",
            "",
            "If you did not do this, choose a new password here:",
            site.Absolute("/account/forgot-password"))),
        _ => throw new InvalidOperationException($"Unknown mail kind '{message.Kind}'."),
    };

    private async Task<MailContent?> ConfirmAsync(string address, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(address) is not { EmailConfirmed: false } user) return null; // gone, or done already
        var token = await tokens.IssueAsync(user.Id, AccountTokens.ConfirmEmail, user.Email, ct);
        return new MailContent("Your Jobpocalypse account: confirm your email address", Lines(
            "A Jobpocalypse account has been created with this address. To confirm that it is yours, open this link:",
            Link(token),
            "",
            $"The link works once and expires in {AccountTokens.Lifespan.TotalHours:0} hours. Until it is used, the account's",
            "password resets wait. Sign in here:",
            site.Absolute("/account/sign-in"),
            "",
            "If you did not create this account, do not open the link: ignore this email."));
    }

    /// <summary>
    /// Decided at sending time, off the request path, so the form answers alike: a free address gets the link, an
    /// address with an account gets a notice and keeps its account.
    /// </summary>
    private async Task<MailContent?> ChangeAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.Fields.GetValueOrDefault(MailFields.UserId) is not { } userId || await users.FindByIdAsync(userId) is not { } user)
            return null;
        if (await users.FindByEmailAsync(message.ToAddress) is not null)
            return new MailContent("Someone tried to move a Jobpocalypse account to your address", Lines(
                "Someone, maybe you, asked to move a Jobpocalypse account to this address, which already has an account.",
                "Nothing was changed, and your account is as it was.",
                "",
                "If it was not you, ignore this email."));
        var token = await tokens.IssueAsync(user.Id, AccountTokens.ChangeEmail, message.ToAddress, ct);
        return new MailContent("Confirm the new email address of your Jobpocalypse account", Lines(
            "Someone asked to move a Jobpocalypse account to this address. To confirm, open this link:",
            Link(token),
            "",
            $"The link works once and expires in {AccountTokens.Lifespan.TotalHours:0} hours. Until it is used, the account keeps",
            "its old address. If you did not ask for this, ignore this email."));
    }

    private string Link(string token) => site.Absolute($"/account/confirm-email?token={Uri.EscapeDataString(token)}");
}
