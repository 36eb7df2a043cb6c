using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;
using Jobpocalypse.BrowserTests.PageObjects;

namespace Jobpocalypse.BrowserTests.Journeys;

/// <summary>
/// A new reader subscribes to Pro through the local test checkout (Testing has no Stripe key), sees the Pro sections
/// on a report in place of the call to action, and loses them on signing out.
/// </summary>
public sealed class ProSubscriptionJourney(BrowserFixture browser) : JourneyTest(browser)
{
    [BrowserFact]
    public Task Sign_up_subscribe_through_the_test_checkout_see_pro_on_the_report_then_sign_out_and_see_the_offer_again() => JourneyAsync(async page =>
    {
        var report = Browser.Snapshot.ByCode("29-2072.00") ?? throw new InvalidOperationException("29-2072.00 is not in the dataset");

        var signUp = await SignUpPage.OpenAsync(page);
        await signUp.FillAsync(SignUpPage.NewEmail(), SignUpPage.NewPassword);
        await signUp.SubmitAsync(AccountPage.PathPattern);
        var account = new AccountPage(page);
        Assert.Contains("free reports", await account.SubscriptionState.InnerTextAsync());

        var pro = await ProPage.OpenAsync(page);
        var checkout = await pro.SubscribeAsync();
        Assert.True(await checkout.TestModeLabel.IsVisibleAsync(), "the test checkout does not show its test-mode label");
        Assert.Contains("Test mode — no real charge", await checkout.TestModeLabel.InnerTextAsync());
        Assert.Contains("Jobpocalypse Pro", await checkout.Main.InnerTextAsync());
        await checkout.CompleteAsync(new Regex("^/pro/success$"));
        Assert.True(await page.GetByTestId("pro-active").IsVisibleAsync(), "the success page does not say Pro is active");

        var proReport = await ReportPage.OpenAsync(page, report.Url);
        Assert.Equal(0, await proReport.ProCta.CountAsync());
        foreach (var id in ReportPage.ProSectionIds)
        {
            Assert.True(await proReport.Section(id).IsVisibleAsync(), $"a Pro reader's report does not show #{id}");
        }

        account = await proReport.Header.OpenAccountAsync();
        Assert.Contains("You have Pro", await account.SubscriptionState.InnerTextAsync());
        var home = await account.SignOutAsync();
        Assert.True(await home.Header.SignInLink.IsVisibleAsync(), "after signing out the header does not offer to sign in");

        var freeReport = await ReportPage.OpenAsync(page, report.Url);
        Assert.True(await freeReport.ProCta.IsVisibleAsync(), "the signed-out report does not show the Pro call to action");
        Assert.Equal(0, await freeReport.ProContent.CountAsync());
        foreach (var id in ReportPage.ProSectionIds)
        {
            Assert.Equal(0, await freeReport.Section(id).CountAsync());
        }
    });
}
