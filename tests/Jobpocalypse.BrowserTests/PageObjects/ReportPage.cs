using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>/occupations/{slug}: the occupation report.</summary>
public sealed class ReportPage(IPage page)
{
    public SiteHeader Header { get; } = new(page);
    public ILocator Heading => page.Locator("main h1");
    public ILocator OverallScore => page.GetByTestId("overall-score");
    public ILocator RelatedHeading => page.Locator("#related-heading");
    public ILocator RelatedLinks => page.Locator("[data-testid=related-list] a");
    /// <summary>The Pro call to action a free reader gets in place of the Pro sections.</summary>
    public ILocator ProCta => page.GetByTestId("pro-cta");
    /// <summary>Every element marked as Pro content; a free reader's page has none.</summary>
    public ILocator ProContent => page.Locator("[data-pro]");
    public static readonly string[] ProSectionIds = ["task-heatmap", "pivot-paths", "wage-impact", "ai-tools"];
    public ILocator Section(string id) => page.Locator($"section#{id}");
    public ILocator BuyPdfLink => ProCta.GetByRole(AriaRole.Link, new() { Name = "Buy the PDF of this report", Exact = true });

    public static async Task<ReportPage> OpenAsync(IPage page, string path)
    {
        await Navigation.GotoAsync(page, path);
        return new ReportPage(page);
    }

    public async Task<string> TitleAsync() => (await Heading.InnerTextAsync()).Trim();

    /// <summary>The headline number, without the " / 100" that follows it.</summary>
    public async Task<string> OverallScoreAsync() =>
        await OverallScore.EvaluateAsync<string>("el => el.firstChild.textContent.trim()");

    public async Task<PdfOfferPage> BuyPdfAsync()
    {
        await Navigation.FollowAsync(page, () => BuyPdfLink.ClickAsync(), PdfOfferPage.PathPattern);
        return new PdfOfferPage(page);
    }

    public async Task<ReportPage> FollowRelatedAsync(int index)
    {
        var link = RelatedLinks.Nth(index);
        await Navigation.FollowAsync(page, () => link.ClickAsync(), new Regex("^/occupations/[^/?]+$"));
        return new ReportPage(page);
    }
}
