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
    public Task Report_at_375px_has_no_serious_axe_violations() => JourneyAsync(async page =>
    {
        await ReportPage.OpenAsync(page, Browser.Snapshot.ByCode("29-2072.00")!.Url);
        await AssertNoSeriousViolationsAsync(page);
    }, Phone);

    [BrowserFact(NeedsAxe = true)]
    public Task Compare_has_no_serious_axe_violations_at_1280_or_375px() => JourneyAsync(async page =>
    {
        const string path = "/compare?o=29-2072.00&o=23-2011.00&o=43-4051.00";
        await ComparePage.OpenAsync(page, path);
        await AssertNoSeriousViolationsAsync(page);
        await page.SetViewportSizeAsync(375, 812);
        await ComparePage.OpenAsync(page, path);
        await AssertNoSeriousViolationsAsync(page);
    });

    [BrowserFact(NeedsAxe = true)]
    public Task Search_results_have_no_serious_axe_violations() => JourneyAsync(async page =>
    {
        var search = await SearchPage.OpenAsync(page, "medical coder");
        Assert.True(await search.Results.CountAsync() > 0, "the search for medical coder listed no results");
        await AssertNoSeriousViolationsAsync(page);
    });

    [BrowserFact(NeedsAxe = true)]
    public Task Pro_with_its_example_has_no_serious_axe_violations() => JourneyAsync(async page =>
    {
        var pro = await ProPage.OpenAsync(page);
        Assert.True(await pro.Example.IsVisibleAsync(), "/pro shows no example");
        await AssertNoSeriousViolationsAsync(page);
    });

    /// <summary>
    /// axe leaves SVG text alone, so the heatmap's figures are checked here: each is drawn in the text colour the
    /// scale pairs with its cell's fill (white on the darkest red), not in the stylesheet's chart ink.
    /// </summary>
    [BrowserFact]
    public Task Heatmap_figures_are_drawn_in_the_text_colour_their_cell_needs() => JourneyAsync(async page =>
    {
        var pro = await ProPage.OpenAsync(page);
        var cells = await pro.Example.Locator("#task-heatmap svg g > g").EvaluateAllAsync<string[][]>(
            "gs => gs.map(g => [g.querySelector('rect').getAttribute('fill'), getComputedStyle(g.querySelector('text')).fill])");
        var scale = Browser.Snapshot.Model.Pro.Heatmap;
        var textFor = scale.Bins.Append(scale.NotRated).ToDictionary(b => b.Fill, b => b.Text, StringComparer.OrdinalIgnoreCase);

        Assert.NotEmpty(cells);
        Assert.All(cells, cell => Assert.Equal(Rgb(textFor[cell[0]]), cell[1]));
        Assert.Contains(cells, cell => textFor[cell[0]] != "#000000"); // the light-on-dark case is among them
    });

    private static string Rgb(string hex) =>
        $"rgb({Convert.ToInt32(hex[1..3], 16)}, {Convert.ToInt32(hex[3..5], 16)}, {Convert.ToInt32(hex[5..7], 16)})";

    [BrowserFact(NeedsAxe = true)]
    public Task Account_and_checkout_pages_have_no_serious_axe_violations() => JourneyAsync(async page =>
    {
        var found = new List<string>();
        await SubscriberPages.WalkAsync(page, Browser.Snapshot.ByCode("29-2072.00")!.Url, async name =>
            found.AddRange((await SeriousViolationsAsync(page)).Select(v => $"{name} ({new Uri(page.Url).PathAndQuery}): {v}")));
        Assert.True(found.Count == 0,
            $"axe-core found {found.Count} serious or critical violation(s):{Environment.NewLine}{string.Join(Environment.NewLine, found)}");
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
        var serious = await SeriousViolationsAsync(page);
        Assert.True(serious.Count == 0,
            $"axe-core found {serious.Count} serious or critical violation(s):{Environment.NewLine}{string.Join(Environment.NewLine, serious)}");
    }

    /// <summary>Runs axe on the page; writes the minor and moderate findings to the test output, returns the rest.</summary>
    private async Task<List<Axe.Violation>> SeriousViolationsAsync(IPage page)
    {
        var violations = await Axe.RunAsync(page);
        foreach (var minor in violations.Where(v => !Axe.IsSeriousOrCritical(v))) output.WriteLine($"{new Uri(page.Url).PathAndQuery}: {minor}");
        return violations.Where(Axe.IsSeriousOrCritical).ToList();
    }
}
