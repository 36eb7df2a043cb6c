using Jobpocalypse.BrowserTests.Infrastructure;
using Jobpocalypse.BrowserTests.PageObjects;

namespace Jobpocalypse.BrowserTests.Journeys;

/// <summary>At 375 CSS pixels (a small phone) no page may scroll sideways; wide tables scroll inside their own box.</summary>
public sealed class NarrowViewportTests(BrowserFixture browser) : JourneyTest(browser)
{
    [BrowserFact]
    public Task Report_has_no_horizontal_scroll_at_375px() => JourneyAsync(async page =>
    {
        await ReportPage.OpenAsync(page, Browser.Snapshot.ByCode("29-2072.00")!.Url);
        await AssertNoHorizontalScrollAsync(page);
    }, Phone);

    [BrowserFact]
    public Task Home_has_no_horizontal_scroll_at_375px() => JourneyAsync(async page =>
    {
        await HomePage.OpenAsync(page);
        await AssertNoHorizontalScrollAsync(page);
    }, Phone);

    [BrowserFact]
    public Task Search_results_have_no_horizontal_scroll_at_375px() => JourneyAsync(async page =>
    {
        var search = await SearchPage.OpenAsync(page, "medical coder");
        Assert.True(await search.Results.CountAsync() > 0, "the search for medical coder listed no results");
        await AssertNoHorizontalScrollAsync(page);
    }, Phone);

    [BrowserFact]
    public Task Pro_with_its_example_has_no_horizontal_scroll_at_375px() => JourneyAsync(async page =>
    {
        var pro = await ProPage.OpenAsync(page);
        Assert.True(await pro.Example.IsVisibleAsync(), "/pro shows no example");
        await AssertNoHorizontalScrollAsync(page);
    }, Phone);

    [BrowserFact]
    public Task Account_and_checkout_pages_have_no_horizontal_scroll_at_375px() => JourneyAsync(async page =>
    {
        var found = new List<string>();
        await SubscriberPages.WalkAsync(page, Browser.Snapshot.ByCode("29-2072.00")!.Url, async name =>
        {
            if (await HorizontalScrollAsync(page) is { } problem) found.Add($"{name} ({new Uri(page.Url).PathAndQuery}): {problem}");
        });
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }, Phone);

    private static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        if (await HorizontalScrollAsync(page) is { } problem) Assert.Fail(problem);
    }

    /// <summary>Null when the page fits the viewport's width, else what sticks out.</summary>
    private static async Task<string?> HorizontalScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] <= widths[1]) return null;

        // Name the outermost elements that stick out past the viewport and are not inside a scrolling box.
        var culprits = await page.EvaluateAsync<string[]>("""
            () => {
                const clipped = el => {
                    for (let a = el.parentElement; a; a = a.parentElement) {
                        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return true;
                    }
                    return false;
                };
                const over = el => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !clipped(el);
                const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '')
                    + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + 'px)';
                return [...document.body.querySelectorAll('*')]
                    .filter(el => over(el) && !(el.parentElement && el.parentElement !== document.body && over(el.parentElement)))
                    .slice(0, 5).map(describe);
            }
            """);
        return $"The page scrolls sideways: scrollWidth {widths[0]}px > innerWidth {widths[1]}px. Sticking out: {string.Join("; ", culprits)}";
    }
}
