using System.Net;
using AngleSharp.Html.Dom;

namespace Jobpocalypse.Web.Tests.Infrastructure;

/// <summary>
/// Signed-in readers get the report from the output cache too, one entry per tier: every reader of a tier shares it,
/// no reader ever gets another tier's page, and a change of tier shows on the very next page. Each test asks for its
/// own q so its entries are its own; "served from the cache" is read from the Age header.
/// </summary>
[Collection(LocalCheckoutCollection.Name)]
public class ReaderTierCacheTests(LocalCheckoutSiteFactory site)
{
    private const string Report = "/occupations/29-2072-medical-records-specialists";
    private const string OtherReport = "/occupations/29-1141-registered-nurses";

    private static string Fresh(string path) => $"{path}?q={Guid.NewGuid():N}";

    private static async Task<(bool Cached, IHtmlDocument Page)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.Age is not null, await SiteFactory.ParseAsync(response));
    }

    private static bool HasPro(IHtmlDocument page) => page.QuerySelector("#task-heatmap") is not null;
    private static bool OffersPro(IHtmlDocument page) => page.QuerySelector("[data-testid=pro-cta]") is not null;

    [Fact]
    public async Task Readers_of_a_tier_share_one_render_and_never_get_another_tiers_page()
    {
        var path = Fresh(Report);
        using var pro = await Reader.ProThroughLocalCheckoutAsync(site);
        using var free = await Reader.SignedUpAsync(site);
        using var otherFree = await Reader.SignedUpAsync(site);
        using var anonymous = site.CreateBrowserlessClient();

        // Pro first: a cache keyed without the tier would hand this page to everyone after.
        var proFirst = await GetAsync(pro.Client, path);
        var freeFirst = await GetAsync(free.Client, path);
        var freeSecond = await GetAsync(otherFree.Client, path);
        var anonymousFirst = await GetAsync(anonymous, path);
        var proSecond = await GetAsync(pro.Client, path);

        Assert.False(proFirst.Cached);
        Assert.True(HasPro(proFirst.Page));
        Assert.False(freeFirst.Cached);
        Assert.False(HasPro(freeFirst.Page));
        Assert.True(OffersPro(freeFirst.Page));
        Assert.True(freeSecond.Cached);
        Assert.Equal(freeFirst.Page.Body!.OuterHtml, freeSecond.Page.Body!.OuterHtml);
        Assert.False(anonymousFirst.Cached);
        Assert.False(HasPro(anonymousFirst.Page));
        Assert.NotNull(anonymousFirst.Page.QuerySelector("a[href='/account/sign-in']"));
        Assert.Null(freeFirst.Page.QuerySelector("a[href='/account/sign-in']"));
        Assert.True(proSecond.Cached);
        Assert.True(HasPro(proSecond.Page));
    }

    [Fact]
    public async Task Subscribing_ending_the_subscription_and_signing_out_each_show_on_the_next_page()
    {
        var path = Fresh(Report);
        using var reader = await Reader.SignedUpAsync(site);
        using var other = await Reader.SignedUpAsync(site);
        Assert.False(HasPro((await GetAsync(reader.Client, path)).Page));

        using (var start = await reader.SubmitAsync("/pro", "[data-testid=pro-offer] form", []))
        using (var complete = await reader.SubmitAsync(start.Headers.Location!.ToString(), "main form", []))
            Assert.Equal(HttpStatusCode.SeeOther, complete.StatusCode);
        Assert.True(HasPro((await GetAsync(reader.Client, path)).Page));
        // The free entry is still there for every other free reader.
        var otherPage = await GetAsync(other.Client, path);
        Assert.True(otherPage.Cached);
        Assert.False(HasPro(otherPage.Page));

        using (var end = await reader.SubmitAsync("/checkout/test/portal", "main form", [], submitterHandler: "End"))
            Assert.True(end.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"ending answered {(int)end.StatusCode}");
        var ended = await GetAsync(reader.Client, path);
        Assert.False(HasPro(ended.Page));
        Assert.True(OffersPro(ended.Page));

        using (var signOut = await reader.SubmitAsync("/account", "form[action='/account/sign-out']", []))
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var signedOut = await GetAsync(reader.Client, path);
        Assert.NotNull(signedOut.Page.QuerySelector("a[href='/account/sign-in']"));
    }

    [Fact]
    public async Task A_pdf_buyer_sees_their_download_on_that_report_and_shares_the_free_page_of_every_other()
    {
        var path = Fresh(Report);
        var otherPath = Fresh(OtherReport);
        using var buyer = await Reader.SignedUpAsync(site);
        using var free = await Reader.SignedUpAsync(site);
        using (var start = await buyer.SubmitAsync($"{Report}/pdf", "[data-testid=pdf-offer] form", []))
        using (var complete = await buyer.SubmitAsync(start.Headers.Location!.ToString(), "main form", []))
            Assert.Equal(HttpStatusCode.SeeOther, complete.StatusCode);

        var freePage = await GetAsync(free.Client, path);
        var buyerPage = await GetAsync(buyer.Client, path);
        Assert.Null(freePage.Page.QuerySelector("[data-testid=pdf-download]"));
        Assert.False(buyerPage.Cached);
        Assert.NotNull(buyerPage.Page.QuerySelector("[data-testid=pdf-download]"));

        Assert.False((await GetAsync(free.Client, otherPath)).Cached);
        var buyerElsewhere = await GetAsync(buyer.Client, otherPath);
        Assert.True(buyerElsewhere.Cached);
        Assert.Null(buyerElsewhere.Page.QuerySelector("[data-testid=pdf-download]"));
    }

    [Fact]
    public async Task Pages_with_a_readers_own_details_are_never_cached_for_signed_in_readers()
    {
        using var reader = await Reader.SignedUpAsync(site);
        foreach (var path in new[] { "/account", "/pro" })
        {
            using var first = await reader.Client.GetAsync(path);
            using var second = await reader.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Null(second.Headers.Age);
        }
    }
}
