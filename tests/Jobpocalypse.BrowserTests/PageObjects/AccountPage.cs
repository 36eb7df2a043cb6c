using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>/account: the reader's Pro state, the PDFs they bought, and signing out.</summary>
public sealed class AccountPage(IPage page)
{
    public const string Path = "/account";
    public static readonly Regex PathPattern = new("^/account$");

    public SiteHeader Header { get; } = new(page);
    public ILocator Heading => page.Locator("main h1");
    public ILocator SubscriptionState => page.GetByTestId("subscription-state");
    public ILocator Purchases => page.Locator("[data-testid=purchases] > li");
    public ILocator SignOutButton => page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true });

    public static async Task<AccountPage> OpenAsync(IPage page)
    {
        await Navigation.GotoAsync(page, Path);
        return new AccountPage(page);
    }

    /// <summary>Signs out; the site answers with the home page.</summary>
    public async Task<HomePage> SignOutAsync()
    {
        await Navigation.FollowAsync(page, () => SignOutButton.ClickAsync(), new Regex("^/$"));
        return new HomePage(page);
    }
}
