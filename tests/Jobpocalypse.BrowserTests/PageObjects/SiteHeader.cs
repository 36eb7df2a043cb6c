using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>What the layout puts on every page: the skip link, the header search box, the main landmark and the account link.</summary>
public sealed class SiteHeader(IPage page)
{
    public ILocator SkipLink => page.Locator("a.skip-link");
    public ILocator SearchBox => page.Locator("#header-q");
    public ILocator Main => page.Locator("main#main");
    public ILocator AccountLink => page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "Account", Exact = true });
    public ILocator SignInLink => page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true });

    public async Task<AccountPage> OpenAccountAsync()
    {
        await Navigation.FollowAsync(page, () => AccountLink.ClickAsync(), AccountPage.PathPattern);
        return new AccountPage(page);
    }

    public async Task<SearchPage> SearchAsync(string query)
    {
        await SearchBox.FillAsync(query);
        await Navigation.FollowAsync(page, () => SearchBox.PressAsync("Enter"), new Regex(@"^/search\?q="));
        return new SearchPage(page);
    }
}
