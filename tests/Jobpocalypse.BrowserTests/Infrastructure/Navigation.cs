using System.Text.RegularExpressions;

namespace Jobpocalypse.BrowserTests.Infrastructure;

/// <summary>Page loads that check the answer: a journey that lands on an error page fails where it happened.</summary>
public static class Navigation
{
    public static async Task GotoAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Status: 200 }, $"GET {path} answered {response?.Status.ToString() ?? "nothing"}");
    }

    /// <summary>Runs an action that navigates (a click, a form submit) and checks where it ended and with what status.</summary>
    public static async Task FollowAsync(IPage page, Func<Task> action, Regex expectedPath)
    {
        // The document being left carries a mark; the navigation is over once a document without it has loaded. Asking
        // the client for the load state instead races its event thread mid-navigation (seen: a 15 s timeout though
        // the page had loaded), and a form answered at the same address could not be told from the page it replaces.
        await page.EvaluateAsync("() => { window.__journeyLeaving = true; }");
        var response = await page.RunAndWaitForResponseAsync(action,
            r => r.Request.IsNavigationRequest && r.Request.Frame == page.MainFrame && r.Status is < 300 or >= 400);
        await page.WaitForFunctionAsync("() => !window.__journeyLeaving && document.readyState === 'complete'");
        var path = new Uri(page.Url).PathAndQuery;
        Assert.True(response.Status == 200, $"{path} answered {response.Status}");
        Assert.Matches(expectedPath, path);
    }
}
