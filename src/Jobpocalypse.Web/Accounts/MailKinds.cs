namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// The kinds of mail the outbox carries. Each is composed when it is sent (<see cref="AccountMailComposer"/>), from
/// the account as it is then: a reset token is made at sending time and never stored.
/// </summary>
public static class MailKinds
{
    /// <summary>Asked for on the forgot-password form; sent only if an account uses the address, else dropped.</summary>
    public const string PasswordReset = "password-reset";
    /// <summary>A new account was created with this address.</summary>
    public const string Welcome = "welcome";
    /// <summary>Someone tried to create an account with an address that already has one.</summary>
    public const string SignUpExisting = "sign-up-existing";
    /// <summary>The link confirming a new account's address (sign-up, or re-sent from the account page).</summary>
    public const string ConfirmEmail = "confirm-email";
    /// <summary>Asked for on the change-email form, to the new address: its link, or a notice if it has an account.</summary>
    public const string ChangeEmail = "change-email";
    /// <summary>To the old address once a change of email took effect.</summary>
    public const string EmailChanged = "email-changed";
    /// <summary>The password was changed while signed in.</summary>
    public const string PasswordChanged = "password-changed";

    /// <summary>Kinds that wait, unsent, while the account's address is unconfirmed.</summary>
    public static bool HeldUntilConfirmed(string kind) => kind is PasswordReset;
}

/// <summary>Names of the payload fields.</summary>
public static class MailFields
{
    public const string UserId = "userId";
    public const string NewEmail = "newEmail";
}

/// <summary>What one outbox row becomes: a subject and a plain-text body, or nothing to send.</summary>
public sealed record MailContent(string Subject, string Body)
{
    /// <summary>Not sent now: kept until the account's address is confirmed.</summary>
    public static MailContent Held { get; } = new("", "");
}
