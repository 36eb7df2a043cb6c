using Jobpocalypse.BrowserTests.Infrastructure;
using Jobpocalypse.BrowserTests.PageObjects;
using Xunit.Abstractions;

namespace Jobpocalypse.BrowserTests.Journeys;

/// <summary>
/// The report at 375 CSS pixels: short enough to read on a phone (sections fold below their lede), every section one
/// tap away from the sticky contents, and no text drawn under 12 px, SVG text measured as drawn (its font size times
/// the chart's scale), with every fold opened.
/// </summary>
public sealed class ReportPhoneLayoutTests(BrowserFixture browser, ITestOutputHelper output) : JourneyTest(browser)
{
    private const int MaxHeight = 8000;
    private const double MinTextPx = 12;

    [BrowserFact]
    public Task Report_is_at_most_8000px_tall_at_375px_and_no_text_is_under_12px() => JourneyAsync(async page =>
    {
        await ReportPage.OpenAsync(page, Browser.Snapshot.ByCode("29-2072.00")!.Url);

        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        output.WriteLine($"29-2072 report at 375 px, anonymous: {height} px tall");
        Assert.True(height <= MaxHeight, $"the report is {height} px tall at 375 px (at most {MaxHeight})");

        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        output.WriteLine($"with every fold open: {await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight")} px");
        var small = await page.EvaluateAsync<string[]>("""
            min => {
                const found = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const el = node.parentElement;
                    if (!node.textContent.trim() || !el || !el.checkVisibility({ visibilityProperty: true })) continue;
                    if (el.closest('.visually-hidden, title, svg title')) continue;
                    let size = parseFloat(getComputedStyle(el).fontSize);
                    if (el instanceof SVGElement) size *= el.getScreenCTM().a; // a chart drawn smaller than its viewBox
                    if (size < min - 0.05) found.push(`${size.toFixed(1)} px: ${el.tagName.toLowerCase()} "${node.textContent.trim().slice(0, 40)}"`);
                }
                return found.slice(0, 10);
            }
            """, MinTextPx);
        Assert.True(small.Length == 0, $"text under {MinTextPx} px at 375 px:{Environment.NewLine}{string.Join(Environment.NewLine, small)}");
    }, Phone);

    [BrowserFact]
    public Task Every_section_is_one_tap_away_from_the_sticky_contents() => JourneyAsync(async page =>
    {
        await ReportPage.OpenAsync(page, Browser.Snapshot.ByCode("29-2072.00")!.Url);
        var links = page.GetByTestId("report-toc").Locator("a");
        var count = await links.CountAsync();
        Assert.True(count >= 7, $"the contents have {count} links");

        for (var i = count - 1; i >= 0; i--)
        {
            var href = (await links.Nth(i).GetAttributeAsync("href"))!;
            await links.Nth(i).ClickAsync();
            // The target is shown (a folded section's fold opened) and the contents are still on screen.
            await page.WaitForFunctionAsync("id => document.getElementById(id).checkVisibility()", href[1..]);
            var inView = await page.EvaluateAsync<bool>("""
                id => { const r = document.getElementById(id).getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }
                """, href[1..]);
            Assert.True(inView, $"{href} is not on screen after its link was tapped");
            if (href == "#overview") continue; // back at the top, the contents sit in their place below the header
            var toc = await page.GetByTestId("report-toc").BoundingBoxAsync();
            Assert.True(toc is { Y: >= -1 and < 5 }, $"the contents are not stuck to the top after tapping {href} (at y {toc?.Y})");
        }
    }, Phone);

    [BrowserFact]
    public Task Sections_are_open_on_a_wide_screen() => JourneyAsync(async page =>
    {
        var report = await ReportPage.OpenAsync(page, Browser.Snapshot.ByCode("29-2072.00")!.Url);

        Assert.True(await page.GetByTestId("task-table").IsVisibleAsync(), "the task table is hidden at 1280 px");
        Assert.True(await page.GetByTestId("signal-table").IsVisibleAsync(), "the signal table is hidden at 1280 px");
        Assert.False(await page.Locator("#tasks > details.fold > summary").IsVisibleAsync(), "the fold's summary shows at 1280 px");
        Assert.True(await report.Section("seniority").Locator("svg").IsVisibleAsync(), "the seniority chart is hidden at 1280 px");
    });
}
