using Jobpocalypse.BrowserTests.Infrastructure;
using Jobpocalypse.BrowserTests.PageObjects;

namespace Jobpocalypse.BrowserTests.Journeys;

public sealed class KeyboardTests(BrowserFixture browser) : JourneyTest(browser)
{
    [BrowserFact]
    public Task First_tab_on_a_report_reaches_the_skip_link_and_enter_moves_focus_to_main() => JourneyAsync(async page =>
    {
        var report = await ReportPage.OpenAsync(page, Browser.Snapshot.ByCode("29-2072.00")!.Url);

        await page.Keyboard.PressAsync("Tab");
        Assert.True(await report.Header.SkipLink.EvaluateAsync<bool>("el => el === document.activeElement"),
            $"the first Tab focused {await DescribeFocusAsync(page)}, not the skip link");
        // Focused, the link moves on screen: a sighted keyboard user must see where they are.
        var box = await report.Header.SkipLink.BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0 } && box.X + box.Width <= 1280, $"the focused skip link is off screen at {box?.X},{box?.Y}");

        await page.Keyboard.PressAsync("Enter");
        Assert.True(await report.Header.Main.EvaluateAsync<bool>("el => el === document.activeElement"),
            $"Enter on the skip link left focus on {await DescribeFocusAsync(page)}, not main");
        Assert.EndsWith("#main", page.Url);
    });

    private static Task<string> DescribeFocusAsync(IPage page) => page.EvaluateAsync<string>(
        "() => { const el = document.activeElement; return el ? el.outerHTML.slice(0, 120) : 'nothing'; }");
}
