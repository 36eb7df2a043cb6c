using Jobpocalypse.BrowserTests.Infrastructure;
using Jobpocalypse.BrowserTests.PageObjects;
using Jobpocalypse.Web.Infrastructure;

namespace Jobpocalypse.BrowserTests.Journeys;

public sealed class SearchToReportJourney(BrowserFixture browser) : JourneyTest(browser)
{
    [BrowserFact]
    public Task Searching_medical_coder_leads_to_medical_records_specialists_and_on_to_a_related_report() => JourneyAsync(async page =>
    {
        var expected = Browser.Snapshot.ByCode("29-2072.00") ?? throw new InvalidOperationException("29-2072.00 is not in the dataset");

        var home = await HomePage.OpenAsync(page);
        var search = await home.Header.SearchAsync("medical coder");

        Assert.Equal("Medical Records Specialists", await search.ResultTitleAsync(0));
        var report = await search.OpenResultAsync(0);

        Assert.Equal(expected.Url, new Uri(page.Url).AbsolutePath);
        Assert.Equal(expected.Title, await report.TitleAsync());
        Assert.True(await report.OverallScore.IsVisibleAsync(), "the overall score is not visible");
        Assert.Equal(Display.Score(expected.Score.Overall), await report.OverallScoreAsync());

        Assert.Equal($"Related in {expected.Category.ShortTitle}", (await report.RelatedHeading.InnerTextAsync()).Trim());
        var linkText = (await report.RelatedLinks.First.InnerTextAsync()).Trim();
        var related = await report.FollowRelatedAsync(0);

        var relatedTitle = await related.TitleAsync();
        Assert.NotEqual(expected.Title, relatedTitle);
        Assert.Equal(linkText, relatedTitle);
    });
}
