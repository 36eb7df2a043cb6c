using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;
using Jobpocalypse.BrowserTests.PageObjects;

namespace Jobpocalypse.BrowserTests.Journeys;

/// <summary>
/// The account and payment pages in the order a new subscriber meets them, each in the states that differ (a form
/// with errors, before and after Pro), with a check run on every one. The accessibility and narrow-screen tests
/// share it, so both look at the same pages.
/// </summary>
public static class SubscriberPages
{
    public static async Task WalkAsync(IPage page, string reportPath, Func<string, Task> check)
    {
        await PdfOfferPage.OpenAsync(page, reportPath);
        await check("PDF offer, anonymous");
        await Navigation.GotoAsync(page, "/account/sign-in");
        await check("sign-in");

        var signUp = await SignUpPage.OpenAsync(page);
        await check("sign-up");
        var email = SignUpPage.NewEmail();
        await signUp.FillAsync(email, SignUpPage.NewPassword);
        await signUp.PasswordAgain.FillAsync(SignUpPage.NewPassword + " typo");
        await Navigation.FollowAsync(page, () => signUp.CreateButton.ClickAsync(), new Regex(@"^/account/sign-up"));
        Assert.True(await signUp.Errors.CountAsync() > 0, "sign-up with two different passwords showed no error");
        await check("sign-up with errors");
        await signUp.FillAsync(email, SignUpPage.NewPassword);
        await signUp.SubmitAsync(AccountPage.PathPattern);
        await check("account, free");

        var pro = await ProPage.OpenAsync(page);
        await check("pro, signed in");
        var checkout = await pro.SubscribeAsync();
        await check("test checkout");
        await checkout.CompleteAsync(new Regex("^/pro/success$"));
        await check("pro success");

        await ReportPage.OpenAsync(page, reportPath);
        await check("report, Pro reader");
        await PdfOfferPage.OpenAsync(page, reportPath);
        await check("PDF offer, Pro reader");
        await AccountPage.OpenAsync(page);
        await check("account, Pro");
        await Navigation.GotoAsync(page, "/checkout/test/portal");
        await check("test subscription portal");
    }
}
