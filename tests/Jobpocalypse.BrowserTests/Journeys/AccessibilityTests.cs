using Jobpocalypse.BrowserTests.Infrastructure;
using Jobpocalypse.BrowserTests.PageObjects;
using Xunit.Abstractions;

namespace Jobpocalypse.BrowserTests.Journeys;

/// <summary>
/// axe-core finds no serious or critical violation on the main kinds of page. Minor and moderate findings are
/// written to the test output, to be looked at, without failing the run.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output) : JourneyTest(browser)
{
    [BrowserFact(NeedsAxe = true)]
    public Task Home_has_no_serious_axe_violations() => JourneyAsync(async page =>
    {
        await HomePage.OpenAsync(page);
        await AssertNoSeriousViolationsAsync(page);
    });

    [BrowserFact(NeedsAxe = true)]
    public Task Report_has_no_serious_axe_violations() => JourneyAsync(async page =>
    {
        await ReportPage.OpenAsync(page, Browser.Snapshot.ByCode("29-2072.00")!.Url);
        await AssertNoSeriousViolationsAsync(page);
    });

    [BrowserFact(NeedsAxe = true)]
    public Task Search_results_have_no_serious_axe_violations() => JourneyAsync(async page =>
    {
        var search = await SearchPage.OpenAsync(page, "medical coder");
        Assert.True(await search.Results.CountAsync() > 0, "the search for medical coder listed no results");
        await AssertNoSeriousViolationsAsync(page);
    });

    /// <summary>Guards the checks above against passing because axe ran on nothing or its results went unread.</summary>
    [BrowserFact(NeedsAxe = true)]
    public Task Axe_check_catches_a_known_violation() => JourneyAsync(async page =>
    {
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>Known bad</title></head>
            <body><main><h1>Known bad</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>
            """);
        var serious = (await Axe.RunAsync(page)).Where(Axe.IsSeriousOrCritical).Select(v => v.Id).ToList();
        Assert.Contains("image-alt", serious);
        Assert.Contains("label", serious);
    });

    private async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var violations = await Axe.RunAsync(page);
        foreach (var minor in violations.Where(v => !Axe.IsSeriousOrCritical(v))) output.WriteLine(minor.ToString());
        var serious = violations.Where(Axe.IsSeriousOrCritical).ToList();
        Assert.True(serious.Count == 0,
            $"axe-core found {serious.Count} serious or critical violation(s):{Environment.NewLine}{string.Join(Environment.NewLine, serious)}");
    }
}
