using System.Net;
using Jobpocalypse.Web.Tests.Infrastructure;

namespace Jobpocalypse.Web.Tests.Seo;

[Collection(SiteCollection.Name)]
public class RobotsTests(SiteFactory site)
{
    [Fact]
    public async Task Allows_all_but_private_and_search_paths_and_points_to_the_sitemap()
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Allow: /", lines);
        Assert.Equal(["Disallow: /account", "Disallow: /stripe", "Disallow: /search"],
            lines.Where(l => l.StartsWith("Disallow:", StringComparison.Ordinal)));
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    [Fact]
    public async Task The_sitemap_it_names_is_served()
    {
        using var client = site.CreateBrowserlessClient();
        var robots = await client.GetStringAsync("/robots.txt");
        var sitemap = robots.Split('\n').Single(l => l.StartsWith("Sitemap: ", StringComparison.Ordinal))["Sitemap: ".Length..];

        using var response = await client.GetAsync(sitemap);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
    }
}
