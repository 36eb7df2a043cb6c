namespace Jobpocalypse.Web.Accounts;

/// <summary>Configuration section "MailOutbox": how often the dispatcher looks, and how it retries a failing send.</summary>
public sealed class MailOutboxOptions
{
    public const string SectionName = "MailOutbox";

    /// <summary>How often due mail is looked for when nothing new wakes the dispatcher (a retry coming due).</summary>
    public double PollSeconds { get; set; } = 5;
    /// <summary>How long the dispatcher waits after being woken, so the request that queued the mail has answered first.</summary>
    public double WakeDelaySeconds { get; set; } = 0.25;
    /// <summary>The wait after the first failed attempt; each further failure doubles it, up to an hour.</summary>
    public double FirstRetrySeconds { get; set; } = 30;
    /// <summary>Attempts before a message is given up (logged as an error, kept in the table).</summary>
    public int MaxAttempts { get; set; } = 10;
    /// <summary>A claimed message not settled within this time (the process died mid-send) is tried again.</summary>
    public double LeaseSeconds { get; set; } = 300;
}
