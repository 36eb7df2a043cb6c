using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>/occupations/{slug}/pdf: the PDF of one report, to buy, or to download once it is the reader's.</summary>
public sealed class PdfOfferPage(IPage page)
{
    public static readonly Regex PathPattern = new(@"^/occupations/[^/?]+/pdf(\?|$)");

    public ILocator Heading => page.Locator("main h1");
    public ILocator Offer => page.GetByTestId("pdf-offer");
    public ILocator BuyButton => Offer.GetByRole(AriaRole.Button, new() { Name = "Buy the PDF", Exact = true });
    public ILocator DownloadLink => page.GetByTestId("pdf-download");

    public static async Task<PdfOfferPage> OpenAsync(IPage page, string reportPath)
    {
        await Navigation.GotoAsync(page, reportPath + "/pdf");
        return new PdfOfferPage(page);
    }

    /// <summary>Clicks "Buy the PDF": sign-in for an anonymous reader, the checkout for a signed-in one.</summary>
    public Task BuyAsync(Regex landsOn) => Navigation.FollowAsync(page, () => BuyButton.ClickAsync(), landsOn);

    /// <summary>Clicks the download link and returns the file the browser saved, with the name it suggested.</summary>
    public async Task<(string FileName, byte[] Bytes)> DownloadAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => DownloadLink.ClickAsync());
        Assert.Null(await download.FailureAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return (download.SuggestedFilename, copy.ToArray());
    }
}
