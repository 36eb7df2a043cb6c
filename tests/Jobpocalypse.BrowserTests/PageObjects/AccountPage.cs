using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>/account: the address, the reader's Pro state, the PDFs they bought, the settings pages, and signing out.</summary>
public sealed class AccountPage(IPage page)
{
    public const string Path = "/account";
    public static readonly Regex PathPattern = new("^/account$");
    /// <summary>Where the settings pages come back to, saying what was done.</summary>
    public static readonly Regex DonePattern = new(@"^/account\?done=\w+$");

    public SiteHeader Header { get; } = new(page);
    public ILocator Heading => page.Locator("main h1");
    public ILocator SubscriptionState => page.GetByTestId("subscription-state");
    public ILocator Purchases => page.Locator("[data-testid=purchases] > li");
    public ILocator EmailState => page.GetByTestId("email-state");
    public ILocator Notice => page.Locator("main .notice[role=status]");
    public ILocator SignOutButton => page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true });

    public static async Task<AccountPage> OpenAsync(IPage page)
    {
        await Navigation.GotoAsync(page, Path);
        return new AccountPage(page);
    }

    private ILocator SettingsLink(string name) => page.Locator("main").GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public async Task<ChangePasswordPage> OpenChangePasswordAsync()
    {
        await Navigation.FollowAsync(page, () => SettingsLink("Change your password").ClickAsync(), new Regex("^/account/password$"));
        return new ChangePasswordPage(page);
    }

    /// <summary>Opens the export page and downloads the file its button gives.</summary>
    public async Task<(string FileName, byte[] Bytes)> ExportAsync()
    {
        await Navigation.FollowAsync(page, () => SettingsLink("Download your data").ClickAsync(), new Regex("^/account/export$"));
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Download (JSON)", Exact = true }).ClickAsync());
        Assert.Null(await download.FailureAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return (download.SuggestedFilename, copy.ToArray());
    }

    public async Task<DeleteAccountPage> OpenDeleteAsync()
    {
        await Navigation.FollowAsync(page, () => SettingsLink("Delete your account").ClickAsync(), new Regex("^/account/delete$"));
        return new DeleteAccountPage(page);
    }

    /// <summary>Signs out; the site answers with the home page.</summary>
    public async Task<HomePage> SignOutAsync()
    {
        await Navigation.FollowAsync(page, () => SignOutButton.ClickAsync(), new Regex("^/$"));
        return new HomePage(page);
    }
}
