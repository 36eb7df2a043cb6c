using System.Text.RegularExpressions;
using Jobpocalypse.BrowserTests.Infrastructure;

namespace Jobpocalypse.BrowserTests.PageObjects;

/// <summary>
/// /checkout/test/{id}: the stand-in for Stripe Checkout when no Stripe key is configured. It says it is a test,
/// names what is bought, and "Complete" grants it through the webhook's fulfilment.
/// </summary>
public sealed class TestCheckoutPage(IPage page)
{
    public static readonly Regex PathPattern = new("^/checkout/test/test_cs_[0-9a-f]+$");

    public ILocator TestModeLabel => page.GetByTestId("test-mode");
    public ILocator Main => page.Locator("main");
    public ILocator CompleteButton => page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Complete") });

    /// <summary>Completes the test payment; the site sends the reader back to <paramref name="returnsTo"/>.</summary>
    public Task CompleteAsync(Regex returnsTo) => Navigation.FollowAsync(page, () => CompleteButton.ClickAsync(), returnsTo);
}
