using System.Text.Json;
using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;
using Jobpocalypse.BrowserTests.PageObjects;
using Jobpocalypse.Web.Pdf;

namespace Jobpocalypse.BrowserTests.Journeys;

/// <summary>
/// A reader signs up, confirms the address from the mail, buys a PDF, changes the password, downloads their data and
/// deletes the account: afterwards the account cannot sign in, and the PDF link is refused, even to the old cookie.
/// </summary>
public sealed class AccountSelfServiceJourney(BrowserFixture browser) : JourneyTest(browser)
{
    [BrowserFact]
    public Task Sign_up_confirm_change_password_export_delete_then_no_sign_in_and_no_pdf() => JourneyAsync(async page =>
    {
        var bought = Browser.Snapshot.ByCode("29-2072.00") ?? throw new InvalidOperationException("29-2072.00 is not in the dataset");
        var email = SignUpPage.NewEmail();
        const string newPassword = "a second passphrase here";

        var signUp = await SignUpPage.OpenAsync(page);
        await signUp.FillAsync(email, SignUpPage.NewPassword);
        await signUp.SubmitAsync(AccountPage.PathPattern);
        var account = new AccountPage(page);
        Assert.Contains("not confirmed yet", await account.EmailState.InnerTextAsync());

        var confirm = await ConfirmEmailPage.OpenAsync(page, await ConfirmEmailPage.LinkFromOutboxAsync(Browser.Site.AppData, email));
        await confirm.ConfirmAsync();
        Assert.True(await confirm.Confirmed.IsVisibleAsync(), "the confirmation page does not say the address is confirmed");
        account = await AccountPage.OpenAsync(page);
        Assert.Contains("is confirmed", await account.EmailState.InnerTextAsync());

        var offer = await PdfOfferPage.OpenAsync(page, bought.Url);
        await offer.BuyAsync(TestCheckoutPage.PathPattern);
        await new TestCheckoutPage(page).CompleteAsync(new Regex($"^{Regex.Escape(bought.Url)}/pdf\\?checkout=success$"));
        var pdfPath = ReportPdfEndpoint.Path(bought);
        Assert.Equal(200, (await page.Context.APIRequest.GetAsync(pdfPath)).Status);

        account = await AccountPage.OpenAsync(page);
        account = await (await account.OpenChangePasswordAsync()).ChangeAsync(SignUpPage.NewPassword, newPassword);
        Assert.Contains("password has been changed", await account.Notice.InnerTextAsync());

        var (fileName, bytes) = await account.ExportAsync();
        Assert.EndsWith(".json", fileName);
        using (var export = JsonDocument.Parse(bytes))
        {
            Assert.Equal(email, export.RootElement.GetProperty("account").GetProperty("email").GetString());
            Assert.True(export.RootElement.GetProperty("account").GetProperty("emailConfirmed").GetBoolean());
            Assert.Equal(bought.Code, export.RootElement.GetProperty("pdfPurchases")[0].GetProperty("occupationCode").GetString());
        }

        var oldCookies = await page.Context.CookiesAsync();
        account = await AccountPage.OpenAsync(page);
        var signIn = await (await account.OpenDeleteAsync()).DeleteAsync(newPassword);
        Assert.True(await signIn.DeletedNotice.IsVisibleAsync(), "sign-in does not say the account was deleted");

        await signIn.SignInAsync(email, newPassword, SignInPage.PathPattern);
        Assert.Contains("not right", await signIn.Errors.InnerTextAsync());
        Assert.NotEqual(200, (await page.Context.APIRequest.GetAsync(pdfPath, new() { MaxRedirects = 0 })).Status);

        // The cookie of before the deletion, replayed in a fresh context, opens nothing either.
        await using var replay = await Browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Browser.Site.BaseAddress.ToString() });
        await replay.AddCookiesAsync(oldCookies.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        var replayed = await replay.APIRequest.GetAsync(pdfPath, new() { MaxRedirects = 0 });
        Assert.NotEqual(200, replayed.Status);
        Assert.Equal(302, (await replay.APIRequest.GetAsync("/account", new() { MaxRedirects = 0 })).Status);
    });
}
