namespace Jobpocalypse.Web.Accounts;

/// <summary>Configuration section "Smtp". With no Host, mail is written as .eml files to &lt;AppData&gt;/outbox/.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool EnableSsl { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "Jobpocalypse <no-reply@localhost>";

    /// <summary>Where mail goes when no SMTP host is configured; set from the app-data folder.</summary>
    public string OutboxPath { get; set; } = "";

    public bool UsesOutbox => string.IsNullOrWhiteSpace(Host);
}
