using System.Text.RegularExpressions;

namespace Jobpocalypse.Web.Tests.Infrastructure;

/// <summary>The .eml files the site writes to &lt;AppData&gt;/outbox when no SMTP host is configured.</summary>
public static partial class Outbox
{
    public static string PathOf(SiteFactory site) => Path.Combine(site.AppData, "outbox");

    public static IReadOnlyList<string> MessagesTo(SiteFactory site, string email) =>
        Directory.Exists(PathOf(site))
            ? Directory.GetFiles(PathOf(site), "*.eml")
                .Select(File.ReadAllText)
                .Where(text => text.Contains($"To: {email}", StringComparison.OrdinalIgnoreCase))
                .ToList()
            : [];

    /// <summary>The reset link of the only message to this address (the path and query, to follow with the test client).</summary>
    public static string SingleResetLink(SiteFactory site, string email, int expectedCount = 1)
    {
        var messages = MessagesTo(site, email);
        Assert.Equal(expectedCount, messages.Count);
        var match = ResetLink().Match(messages.Last());
        Assert.True(match.Success, "The email holds no reset link");
        return match.Groups["path"].Value;
    }

    [GeneratedRegex(@"http://localhost(?<path>/account/reset-password\?user=[0-9a-f]+&token=[A-Za-z0-9_-]+)")]
    private static partial Regex ResetLink();
}
