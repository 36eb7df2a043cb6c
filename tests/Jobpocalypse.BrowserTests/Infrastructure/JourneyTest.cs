using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace Jobpocalypse.BrowserTests.Infrastructure;

/// <summary>
/// Base of the journey classes: runs a journey in a fresh browser context, fails it if any page it visited logged a
/// Content-Security-Policy violation, and, when any step fails, saves a
/// full-page screenshot to TestResults/screenshots/&lt;class&gt;.&lt;test&gt;.png and names it in the failure.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class JourneyTest(BrowserFixture browser)
{
    protected BrowserFixture Browser => browser;

    protected static ViewportSize Desktop => new() { Width = 1280, Height = 900 };
    protected static ViewportSize Phone => new() { Width = 375, Height = 812 };

    public static string ScreenshotDirectory => Path.Combine(BrowserEnvironment.ProjectDirectory, "TestResults", "screenshots");

    protected async Task JourneyAsync(Func<IPage, Task> steps, ViewportSize? viewport = null, [CallerMemberName] string test = "")
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.Site.BaseAddress.ToString(),
            ViewportSize = viewport ?? Desktop,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var violations = CspViolations.Watch(page);
        try
        {
            await steps(page);
            // Every journey also checks the pages it saw against the site's Content-Security-Policy.
            violations.AssertNone();
        }
        catch (Exception failure)
        {
            var screenshot = await ScreenshotAsync(page, $"{GetType().Name}.{test}");
            throw new XunitException($"{failure.Message}{Environment.NewLine}At {page.Url}. {screenshot}", failure);
        }
    }

    private static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        try
        {
            Directory.CreateDirectory(ScreenshotDirectory);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = 10_000 });
            return $"Full-page screenshot saved to {path}";
        }
        catch (PlaywrightException e)
        {
            return $"No screenshot could be taken: {e.Message}";
        }
    }
}
