using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>/account/password: the current password, the new one twice.</summary>
public sealed class ChangePasswordPage(IPage page)
{
    public ILocator Current => page.GetByLabel("Current password", new() { Exact = true });
    public ILocator New => page.GetByLabel("New password", new() { Exact = true });
    public ILocator NewAgain => page.GetByLabel("New password again", new() { Exact = true });
    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Change the password", Exact = true });

    /// <summary>Changes the password; the site goes back to the account page, which says so.</summary>
    public async Task<AccountPage> ChangeAsync(string current, string next)
    {
        await Current.FillAsync(current);
        await New.FillAsync(next);
        await NewAgain.FillAsync(next);
        await Navigation.FollowAsync(page, () => SaveButton.ClickAsync(), AccountPage.DonePattern);
        return new AccountPage(page);
    }
}
