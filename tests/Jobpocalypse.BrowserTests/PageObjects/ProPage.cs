using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>/pro: what Pro adds, its price with the Subscribe button, and the example computed for one occupation.</summary>
public sealed class ProPage(IPage page)
{
    public const string Path = "/pro";

    public SiteHeader Header { get; } = new(page);
    public ILocator Offer => page.GetByTestId("pro-offer");
    public ILocator SubscribeButton => Offer.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Subscribe") });
    public ILocator HasPro => page.GetByTestId("has-pro");
    public ILocator Example => page.GetByTestId("pro-example");

    public static async Task<ProPage> OpenAsync(IPage page)
    {
        await Navigation.GotoAsync(page, Path);
        return new ProPage(page);
    }

    /// <summary>Subscribe, signed in: the site sends the reader to the checkout (the local test one here).</summary>
    public async Task<TestCheckoutPage> SubscribeAsync()
    {
        await Navigation.FollowAsync(page, () => SubscribeButton.ClickAsync(), TestCheckoutPage.PathPattern);
        return new TestCheckoutPage(page);
    }
}
