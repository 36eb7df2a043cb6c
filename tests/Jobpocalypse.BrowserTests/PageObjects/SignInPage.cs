using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>/account/sign-in, where buying sends an anonymous reader; it links to sign-up, keeping the way back.</summary>
public sealed class SignInPage(IPage page)
{
    public static readonly Regex PathPattern = new(@"^/account/sign-in(\?|$)");

    public ILocator Heading => page.Locator("main h1");
    public ILocator CreateAccountLink => page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Create one", Exact = true });

    public async Task<SignUpPage> CreateAccountAsync()
    {
        await Navigation.FollowAsync(page, () => CreateAccountLink.ClickAsync(), new Regex(@"^/account/sign-up(\?|$)"));
        return new SignUpPage(page);
    }
}
