using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>/account/confirm-email?token=…, opened from the mail: one button confirms.</summary>
public sealed partial class ConfirmEmailPage(IPage page)
{
    public ILocator ConfirmButton => page.GetByRole(AriaRole.Button, new() { Name = "Confirm the address", Exact = true });
    public ILocator Confirmed => page.GetByTestId("email-confirmed");

    /// <summary>The link in the last confirmation mail the site wrote to its outbox folder for <paramref name="email"/>.</summary>
    public static async Task<string> LinkFromOutboxAsync(string appData, string email)
    {
        var folder = Path.Combine(appData, "outbox");
        for (var waited = 0; waited < 150; waited++)
        {
            var mail = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText)
                    .LastOrDefault(t => t.Contains($"To: {email}", StringComparison.OrdinalIgnoreCase) && t.Contains("confirm your email address"))
                : null;
            if (mail is not null && Link().Match(mail) is { Success: true } match) return match.Groups["path"].Value;
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"No confirmation mail to {email} within 15 s");
    }

    public static async Task<ConfirmEmailPage> OpenAsync(IPage page, string link)
    {
        await Navigation.GotoAsync(page, link);
        return new ConfirmEmailPage(page);
    }

    public Task ConfirmAsync() => Navigation.FollowAsync(page, () => ConfirmButton.ClickAsync(), new Regex("^/account/confirm-email$"));

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/account/confirm-email\?token=[A-Za-z0-9_%-]+)")]
    private static partial Regex Link();
}
