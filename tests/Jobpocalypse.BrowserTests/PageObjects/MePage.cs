using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>
/// /me: the paste form, the occupation finder with its task ticks, and the personal report (the answer to a paste, or
/// /me/report?t=…&amp;level=… from its link).
/// </summary>
public sealed class MePage(IPage page)
{
    public const string Path = "/me";

    public ILocator Report => page.Locator("[data-testid=me-report]");
    public ILocator Score => page.Locator("[data-testid=me-score]");
    public ILocator ShareLink => page.Locator("[data-testid=me-share-link]");
    public ILocator LineRows => page.Locator("table[data-testid=me-line-table] tbody tr");
    public ILocator TaskRows => page.Locator("table[data-testid=me-task-table] tbody tr");
    public ILocator NotMatched => page.Locator("[data-testid=me-not-matched] li");

    public static async Task<MePage> OpenAsync(IPage page, string path = Path)
    {
        await Navigation.GotoAsync(page, path);
        return new MePage(page);
    }

    public async Task PasteAsync(string duties, string level)
    {
        await page.GetByLabel("A job description or a list of duties", new() { Exact = false }).FillAsync(duties);
        await page.Locator($"#paste-level-{level}").CheckAsync();
        await Navigation.FollowAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Score my duties" }).ClickAsync(),
            new Regex(@"^/me\?handler=Paste$"));
    }

    /// <summary>Finds an occupation by title and opens its task list from the first result.</summary>
    public async Task PickOccupationAsync(string title)
    {
        await page.Locator("#me-q").FillAsync(title);
        await Navigation.FollowAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync(), new Regex(@"^/me\?q="));
        await Navigation.FollowAsync(page, () => page.Locator("[data-testid=me-results] a").First.ClickAsync(), new Regex(@"^/me\?occupation="));
    }

    public async Task TickAsync(int taskId, int? share = null)
    {
        await page.Locator($"#pick-{taskId}").CheckAsync();
        if (share is { } s) await page.Locator($"#share-{taskId}").FillAsync(s.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task ScoreTickedAsync(string level)
    {
        await page.Locator($"#tick-level-{level}").CheckAsync();
        await Navigation.FollowAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Score these tasks" }).ClickAsync(),
            new Regex(@"^/me/report\?t=[0-9_-]+&level=(entry|mid|senior)$"));
    }

    public async Task<string> ScoreAsync() => (await Score.InnerTextAsync()).Trim();
    public async Task<string> ShareUrlAsync() => (await ShareLink.GetAttributeAsync("href"))!;

    /// <summary>Each row of a table as its cells' text.</summary>
    public static async Task<IReadOnlyList<string>> RowsAsync(ILocator rows) =>
        (await rows.AllInnerTextsAsync()).Select(r => Regex.Replace(r, @"\s+", " ").Trim()).ToList();
}
