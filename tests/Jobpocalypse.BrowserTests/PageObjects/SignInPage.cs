using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>/account/sign-in, where buying sends an anonymous reader; it links to sign-up, keeping the way back.</summary>
public sealed class SignInPage(IPage page)
{
    public static readonly Regex PathPattern = new(@"^/account/sign-in(\?|$)");

    public ILocator Heading => page.Locator("main h1");
    public ILocator SignedUpNotice => page.GetByTestId("signed-up");
    public ILocator DeletedNotice => page.GetByTestId("account-deleted");
    public ILocator Errors => page.Locator("main .form-errors");
    public ILocator Email => page.GetByLabel("Email", new() { Exact = true });
    public ILocator Password => page.GetByLabel("Password", new() { Exact = true });
    public ILocator SignInButton => page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true });
    public ILocator CreateAccountLink => page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Create one", Exact = true });

    public async Task SignInAsync(string email, string password, Regex landsOn)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await Navigation.FollowAsync(page, () => SignInButton.ClickAsync(), landsOn);
    }

    public async Task<SignUpPage> CreateAccountAsync()
    {
        await Navigation.FollowAsync(page, () => CreateAccountLink.ClickAsync(), new Regex(@"^/account/sign-up(\?|$)"));
        return new SignUpPage(page);
    }
}
