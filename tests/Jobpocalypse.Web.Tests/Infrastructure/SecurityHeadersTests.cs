using System.Net;
using Jobpocalypse.Web.Infrastructure;

namespace Jobpocalypse.Web.Tests.Infrastructure;

[Collection(SiteCollection.Name)]
public class SecurityHeadersTests(SiteFactory site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/occupations/29-2072-medical-records-specialists")]
    [InlineData("/account/sign-in")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    [InlineData("/favicon.ico")]
    [InlineData("/sitemap.xml")]
    [InlineData("/data/scores.csv")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("'unsafe-inline'; ", csp.Replace("style-src-attr 'unsafe-inline'; ", ""));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
    }

    [Fact]
    public async Task The_reset_page_keeps_its_stricter_referrer_policy()
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync("/account/reset-password?user=x&token=y");

        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task The_favicon_is_served(string path, string type)
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        var home = await site.GetDocumentAsync("/");
        Assert.Contains(path, home.QuerySelectorAll("link[rel=icon]").Select(l => l.GetAttribute("href")));
    }

    [Fact]
    public async Task No_page_holds_an_inline_script_or_style_element_the_policy_would_block()
    {
        foreach (var path in new[] { "/", "/occupations/29-2072-medical-records-specialists", "/pro", "/methodology", "/categories", "/account/sign-in" })
        {
            var page = await site.GetDocumentAsync(path);
            Assert.Empty(page.QuerySelectorAll("style"));
            Assert.Empty(page.QuerySelectorAll("script:not([src])"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }
}
