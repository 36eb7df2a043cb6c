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
        var response = await page.RunAndWaitForResponseAsync(action,
            r => r.Request.IsNavigationRequest && r.Request.Frame == page.MainFrame && r.Status is < 300 or >= 400);
        await page.WaitForLoadStateAsync(LoadState.Load);
        var path = new Uri(page.Url).PathAndQuery;
        Assert.True(response.Status == 200, $"{path} answered {response.Status}");
        Assert.Matches(expectedPath, path);
    }
}
