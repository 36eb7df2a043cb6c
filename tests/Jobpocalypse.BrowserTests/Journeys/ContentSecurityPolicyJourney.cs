using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.Journeys;

/// <summary>
/// The site's own pages satisfy its Content-Security-Policy: a reader walks through the pages with charts, tables
/// and forms, and the browser reports no violation. A blocked inline script proves the watch would see one.
/// </summary>
public sealed class ContentSecurityPolicyJourney(BrowserFixture browser) : JourneyTest(browser)
{
    [BrowserFact]
    public Task Pages_with_charts_forms_and_errors_log_no_policy_violation() => JourneyAsync(async page =>
    {
        var violations = CspViolations.Watch(page);
        var report = Browser.Snapshot.ByCode("29-2072.00") ?? throw new InvalidOperationException("29-2072.00 is not in the dataset");
        var category = Browser.Snapshot.Categories.First();
        foreach (var path in new[] { "/", "/occupations", report.Url, report.Url + "/pdf", "/categories", $"/categories/{category.Slug}",
                     "/methodology", "/sources", "/pro", "/search?q=nurse", "/account/sign-in", "/account/sign-up", "/account/forgot-password" })
        {
            await Navigation.GotoAsync(page, path);
            await page.WaitForLoadStateAsync(LoadState.Load);
        }
        var notFound = await page.GotoAsync("/no-such-page");
        Assert.Equal(404, notFound?.Status);
        var favicon = await page.GotoAsync("/favicon.ico");
        Assert.Equal(200, favicon?.Status);
        Assert.Empty(violations.Seen);

    });

    [BrowserFact]
    public async Task The_watch_sees_a_violation_when_there_is_one()
    {
        // Outside JourneyAsync, whose own check would fail on this deliberate violation.
        await using var context = await Browser.Browser.NewContextAsync(new() { BaseURL = Browser.Site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var violations = CspViolations.Watch(page);
        await Navigation.GotoAsync(page, "/");

        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.body.append(s); }");
        for (var i = 0; i < 50 && violations.Seen.Count == 0; i++) await Task.Delay(50);

        Assert.NotEmpty(violations.Seen);
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.__ran ?? null"));
    }
}
