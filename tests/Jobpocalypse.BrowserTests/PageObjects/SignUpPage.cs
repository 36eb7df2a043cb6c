using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>/account/sign-up: email, password twice, "Create account". Fields are found by their labels.</summary>
public sealed class SignUpPage(IPage page)
{
    public const string Path = "/account/sign-up";

    private string _email = "";
    private string _password = "";

    public SiteHeader Header { get; } = new(page);
    public ILocator Email => page.GetByLabel("Email", new() { Exact = true });
    public ILocator Password => page.GetByLabel("Password", new() { Exact = true });
    public ILocator PasswordAgain => page.GetByLabel("Password again", new() { Exact = true });
    public ILocator CreateButton => page.GetByRole(AriaRole.Button, new() { Name = "Create account", Exact = true });
    public ILocator Errors => page.Locator(".form-errors li");

    public static async Task<SignUpPage> OpenAsync(IPage page)
    {
        await Navigation.GotoAsync(page, Path);
        return new SignUpPage(page);
    }

    /// <summary>
    /// Fills the form as a person does: clicks the first field, types over what it holds, and moves on with Tab. The values are read
    /// back, so a field the Tab order skips or reaches out of turn fails here.
    /// </summary>
    public async Task FillAsync(string email, string password)
    {
        _email = email;
        _password = password;
        await Email.ClickAsync();
        await ReplaceAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await ReplaceAsync(password);
        await page.Keyboard.PressAsync("Tab");
        await ReplaceAsync(password);

        Assert.Equal(email, await Email.InputValueAsync());
        Assert.Equal(password, await Password.InputValueAsync());
        Assert.Equal(password, await PasswordAgain.InputValueAsync());
    }

    // Select what the field holds (a form sent back with errors keeps the email) and type over it.
    private async Task ReplaceAsync(string text)
    {
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>
    /// Clicks "Create account"; the site sends the reader to sign in (sign-up answers alike for a taken address, so it
    /// never signs in by itself), and signing in with the same details lands on <paramref name="landsOn"/>.
    /// </summary>
    public async Task SubmitAsync(Regex landsOn)
    {
        await Navigation.FollowAsync(page, () => CreateButton.ClickAsync(), SignInPage.PathPattern);
        var signIn = new SignInPage(page);
        Assert.True(await signIn.SignedUpNotice.IsVisibleAsync(), "sign-up did not reach sign-in with its notice");
        await signIn.SignInAsync(_email, _password, landsOn);
    }

    /// <summary>A new address each time: every journey is a reader the site has never seen.</summary>
    public static string NewEmail() => $"journey-{Guid.NewGuid():N}@example.test";

    public const string NewPassword = "correct horse battery staple";
}
