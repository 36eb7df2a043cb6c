using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;
using Jobpocalypse.BrowserTests.PageObjects;
using Jobpocalypse.Web.Pdf;
using UglyToad.PdfPig;

namespace Jobpocalypse.BrowserTests.Journeys;

/// <summary>
/// A reader without an account buys one report's PDF through the local test checkout, downloads it, and is refused
/// another occupation's PDF.
/// </summary>
public sealed class PdfPurchaseJourney(BrowserFixture browser) : JourneyTest(browser)
{
    [BrowserFact]
    public Task A_new_reader_buys_one_pdf_downloads_it_and_is_refused_another_occupations_pdf() => JourneyAsync(async page =>
    {
        var bought = Browser.Snapshot.ByCode("29-2072.00") ?? throw new InvalidOperationException("29-2072.00 is not in the dataset");
        var other = Browser.Snapshot.ByCode("29-1141.00") ?? throw new InvalidOperationException("29-1141.00 is not in the dataset");
        var offerPath = new Regex($"^{Regex.Escape(bought.Url)}/pdf$");

        // Anonymous: buying asks for an account first, then brings the reader back to the offer.
        var report = await ReportPage.OpenAsync(page, bought.Url);
        var offer = await report.BuyPdfAsync();
        await offer.BuyAsync(SignInPage.PathPattern);
        var signUp = await new SignInPage(page).CreateAccountAsync();
        await signUp.FillAsync(SignUpPage.NewEmail(), SignUpPage.NewPassword);
        await signUp.SubmitAsync(offerPath);

        await offer.BuyAsync(TestCheckoutPage.PathPattern);
        var checkout = new TestCheckoutPage(page);
        Assert.Contains("Test mode — no real charge", await checkout.TestModeLabel.InnerTextAsync());
        Assert.Contains(bought.Title, await checkout.Main.InnerTextAsync());
        await checkout.CompleteAsync(new Regex($"^{Regex.Escape(bought.Url)}/pdf\\?checkout=success$"));

        var (fileName, bytes) = await offer.DownloadAsync();
        Assert.Equal($"jobpocalypse-{bought.Slug}.pdf", fileName);
        Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8), $"the download starts with {Convert.ToHexString(bytes.AsSpan(0, Math.Min(8, bytes.Length)))}, not %PDF-");
        using (var pdf = PdfDocument.Open(bytes))
        {
            var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
            Assert.Contains(bought.Title, text);
        }

        // The account lists the purchase; the other occupation is still for sale, and its download is refused.
        var account = await report.Header.OpenAccountAsync();
        Assert.Equal([bought.Title], (await account.Purchases.Locator("a:not(.button)").AllInnerTextsAsync()).Select(t => t.Trim()));
        var otherOffer = await PdfOfferPage.OpenAsync(page, other.Url);
        Assert.True(await otherOffer.BuyButton.IsVisibleAsync(), $"the {other.Title} PDF is not offered for sale to this reader");
        Assert.Equal(0, await otherOffer.DownloadLink.CountAsync());

        var refused = await page.GotoAsync(ReportPdfEndpoint.Path(other));
        Assert.Equal(403, refused?.Status);
        Assert.Equal("Not allowed", (await page.Locator("main h1").InnerTextAsync()).Trim());
    });
}
