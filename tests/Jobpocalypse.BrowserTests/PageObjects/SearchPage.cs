using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>/search?q=…: results as a list in main, each item linking to a report by the occupation's title.</summary>
public sealed class SearchPage(IPage page)
{
    public SiteHeader Header { get; } = new(page);
    public ILocator Results => page.Locator("main ol.results > li, main ul.results > li");
    public ILocator ResultLink(int index) => Results.Nth(index).Locator("a").First;

    public static string PathFor(string query) => "/search?q=" + Uri.EscapeDataString(query);

    public static async Task<SearchPage> OpenAsync(IPage page, string query)
    {
        await Navigation.GotoAsync(page, PathFor(query));
        return new SearchPage(page);
    }

    public async Task<string> ResultTitleAsync(int index) => (await ResultLink(index).InnerTextAsync()).Trim();

    public async Task<ReportPage> OpenResultAsync(int index)
    {
        var link = ResultLink(index);
        await Navigation.FollowAsync(page, () => link.ClickAsync(), new Regex("^/occupations/[^/?]+$"));
        return new ReportPage(page);
    }
}
