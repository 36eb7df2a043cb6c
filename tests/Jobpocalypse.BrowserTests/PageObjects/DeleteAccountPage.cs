using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>/account/delete: the password again, a box to tick, and the button.</summary>
public sealed class DeleteAccountPage(IPage page)
{
    public ILocator Password => page.GetByLabel("Current password", new() { Exact = true });
    public ILocator Understood => page.GetByLabel("I understand", new() { Exact = false });
    public ILocator DeleteButton => page.GetByRole(AriaRole.Button, new() { Name = "Delete my account", Exact = true });

    /// <summary>Deletes the account; the site signs out and shows sign-in with a notice.</summary>
    public async Task<SignInPage> DeleteAsync(string password)
    {
        await Password.FillAsync(password);
        await Understood.CheckAsync();
        await Navigation.FollowAsync(page, () => DeleteButton.ClickAsync(), SignInPage.PathPattern);
        return new SignInPage(page);
    }
}
