using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>/compare?o=…: the occupations compared, their chart and tables, and the box that adds one more.</summary>
public sealed partial class ComparePage(IPage page)
{
    public ILocator Occupations => page.Locator("[data-testid=compare-occupations] > li > a:first-child");
    public ILocator Chart => page.GetByTestId("compare-chart");
    public ILocator ScoresTable => page.GetByTestId("compare-scores");
    public ILocator AddBox => page.GetByTestId("compare-with").GetByRole(AriaRole.Searchbox);

    public static async Task<ComparePage> OpenAsync(IPage page, string pathAndQuery)
    {
        await Navigation.GotoAsync(page, pathAndQuery);
        return new ComparePage(page);
    }

    /// <summary>Types an occupation into "Compare with…" and sends it (from a report or from this page).</summary>
    public static async Task<ComparePage> AddAsync(IPage page, string occupation)
    {
        var form = page.GetByTestId("compare-with");
        await form.GetByRole(AriaRole.Searchbox).FillAsync(occupation);
        await Navigation.FollowAsync(page, () => form.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync(), ComparePath());
        return new ComparePage(page);
    }

    public async Task<IReadOnlyList<string>> TitlesAsync() => (await Occupations.AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    /// <summary>The compared score of each occupation, as the scores table shows it.</summary>
    public async Task<IReadOnlyList<string>> ScoresAsync() =>
        (await ScoresTable.Locator("tbody tr").First.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    [GeneratedRegex(@"^/compare\?(o=[^&]+&?){2,4}$")]
    private static partial Regex ComparePath();
}
