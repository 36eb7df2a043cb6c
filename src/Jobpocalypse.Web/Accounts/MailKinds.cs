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
}

/// <summary>What one outbox row becomes: a subject and a plain-text body, or nothing to send.</summary>
public sealed record MailContent(string Subject, string Body);
