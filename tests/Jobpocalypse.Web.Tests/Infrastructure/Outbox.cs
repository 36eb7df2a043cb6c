using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Jobpocalypse.Web.Tests.Infrastructure;

/// <summary>
/// The .eml files the mail dispatcher writes to &lt;AppData&gt;/outbox when no SMTP host is configured. Mail is sent
/// off the request path, so the helpers wait (up to <see cref="DrainLimit"/>, looking every <see cref="DrainPoll"/>)
/// for the dispatcher to settle what was queued.
/// </summary>
public static partial class Outbox
{
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(15);
    // Short: the timing tests wait here after every post, and the count is one cheap query.
    private static readonly TimeSpan DrainPoll = TimeSpan.FromMilliseconds(5);

    public const string ResetSubject = "Reset your Jobpocalypse password";
    public const string ConfirmSubject = "Your Jobpocalypse account: confirm your email address";
    public const string ChangeSubject = "Confirm the new email address of your Jobpocalypse account";

    public static string PathOf(SiteFactory site) => Path.Combine(site.AppData, "outbox");

    public static IReadOnlyList<string> MessagesTo(SiteFactory site, string email, string? subject = null) =>
        Directory.Exists(PathOf(site))
            ? Directory.GetFiles(PathOf(site), "*.eml")
                .Select(f => (File: f, At: File.GetLastWriteTimeUtc(f)))
                .OrderBy(f => f.At)
                .Select(f => File.ReadAllText(f.File))
                .Where(text => text.Contains($"To: {email}", StringComparison.OrdinalIgnoreCase))
                .Where(text => subject is null || text.Contains($"Subject: {subject}", StringComparison.Ordinal))
                .ToList()
            : [];

    /// <summary>Waits until every queued mail is settled (sent, dropped or given up).</summary>
    public static async Task DrainedAsync(SiteFactory site)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < DrainLimit)
        {
            if (await AppDbQueries.ScalarAsync<long>(site, "SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL") == 0) return;
            await Task.Delay(DrainPoll);
        }
        Assert.Fail($"The mail outbox was not drained within {DrainLimit.TotalSeconds} s");
    }

    /// <summary>The reset link of the last reset message to this address (path and query, for the test client).</summary>
    public static async Task<string> SingleResetLinkAsync(SiteFactory site, string email, int expectedCount = 1)
    {
        await DrainedAsync(site);
        var messages = MessagesTo(site, email, ResetSubject);
        Assert.Equal(expectedCount, messages.Count);
        var match = ResetLink().Match(messages.Last());
        Assert.True(match.Success, "The email holds no reset link");
        return match.Groups["path"].Value;
    }

    /// <summary>The confirmation link (path and query) in the last message with this subject to the address.</summary>
    public static async Task<string> LastConfirmLinkAsync(SiteFactory site, string email, string subject = ConfirmSubject)
    {
        await DrainedAsync(site);
        var message = MessagesTo(site, email, subject).LastOrDefault();
        Assert.True(message is not null, $"No mail '{subject}' to {email}");
        var match = ConfirmLink().Match(message);
        Assert.True(match.Success, "The email holds no confirmation link");
        return match.Groups["path"].Value;
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/account/confirm-email\?token=[A-Za-z0-9_%-]+)")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"http://localhost(?<path>/account/reset-password\?user=[0-9a-f]+&token=[A-Za-z0-9_-]+)")]
    private static partial Regex ResetLink();
}
