using Jobpocalypse.BrowserTests.Infrastructure;
using Jobpocalypse.BrowserTests.PageObjects;
using Jobpocalypse.Web.Infrastructure;

namespace Jobpocalypse.BrowserTests.Journeys;

public sealed class CompareJourney(BrowserFixture browser) : JourneyTest(browser)
{
    [BrowserFact]
    public Task From_a_report_compare_three_occupations() => JourneyAsync(async page =>
    {
        var coders = Browser.Snapshot.ByCode("29-2072.00")!;
        var paralegals = Browser.Snapshot.ByCode("23-2011.00")!;
        await ReportPage.OpenAsync(page, coders.Url);

        await ComparePage.AddAsync(page, "paralegal");
        var compare = await ComparePage.AddAsync(page, "customer service representative");

        var titles = await compare.TitlesAsync();
        Assert.Equal(3, titles.Count);
        Assert.Equal([coders.Title, paralegals.Title], titles.Take(2));
        Assert.True(await compare.Chart.IsVisibleAsync(), "the comparison chart is not shown");
        var scores = await compare.ScoresAsync();
        Assert.Equal(Display.Score(coders.Score.Overall), scores[0]);
        Assert.Equal(Display.Score(paralegals.Score.Overall), scores[1]);
        Assert.Equal(3, scores.Count);
    });
}
