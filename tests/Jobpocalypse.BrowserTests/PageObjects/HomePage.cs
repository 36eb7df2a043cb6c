using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>The home page: a search form in main (besides the header's) and the ways into the catalogue.</summary>
public sealed class HomePage(IPage page)
{
    public const string Path = "/";

    public SiteHeader Header { get; } = new(page);
    public ILocator SearchForm => page.Locator("main form[role=search]");
    public ILocator SearchBox => SearchForm.Locator("input[name=q]");

    public static async Task<HomePage> OpenAsync(IPage page)
    {
        await Navigation.GotoAsync(page, Path);
        return new HomePage(page);
    }
}
