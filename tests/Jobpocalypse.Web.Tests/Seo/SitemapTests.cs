using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Seo;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Seo;

[Collection(SiteCollection.Name)]
public class SitemapTests(SiteFactory site)
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;

    [Fact]
    public async Task Is_a_sitemaps_org_urlset_of_absolute_addresses_dated_by_the_dataset_build()
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "urlset", xml.Root!.Name);
        var urls = xml.Root.Elements(Ns + "url").ToList();
        Assert.NotEmpty(urls);
        var built = DateTimeOffset.Parse(Snapshot.BuiltAt, CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.All(urls, url =>
        {
            Assert.StartsWith("http://localhost/", url.Element(Ns + "loc")!.Value);
            Assert.Equal(built, url.Element(Ns + "lastmod")!.Value);
        });
    }

    [Fact]
    public async Task Lists_every_occupation_exactly_once_and_nothing_twice()
    {
        var locs = await LocsAsync();

        Assert.Equal(locs.Count, locs.Distinct().Count());
        var occupations = locs.Where(l => l.StartsWith("/occupations/", StringComparison.Ordinal)).ToList();
        Assert.Equal(Snapshot.Occupations.Select(o => o.Url).Order(StringComparer.Ordinal), occupations.Order(StringComparer.Ordinal));
        Assert.Contains("/methodology", locs);
        Assert.Contains("/sources", locs);
    }

    [Fact]
    public async Task Lists_each_section_exactly_when_the_site_serves_it()
    {
        var locs = await LocsAsync();
        using var client = site.CreateBrowserlessClient();

        var firstCategory = $"/categories/{Snapshot.Categories[0].Slug}";
        foreach (var path in SitemapPaths.Sections.Append(firstCategory))
        {
            using var response = await client.GetAsync(path);
            var served = response.StatusCode == HttpStatusCode.OK;
            Assert.True(served == locs.Contains(path),
                $"{path}: answers {(int)response.StatusCode}, {(locs.Contains(path) ? "listed" : "not listed")} in the sitemap");
        }
        // Categories come all or none.
        var categories = locs.Count(l => l.StartsWith("/categories/", StringComparison.Ordinal));
        Assert.True(categories == 0 || categories == Snapshot.Categories.Count, $"{categories} category pages listed");
    }

    [Fact]
    public async Task Listed_addresses_answer_200()
    {
        var locs = await LocsAsync();
        var occupations = locs.Where(l => l.StartsWith("/occupations/", StringComparison.Ordinal)).ToList();
        // Every non-report address, and 50 reports spread evenly over the A–Z list (Sweeps/EveryOccupationTests requests them all).
        var step = Math.Max(1, occupations.Count / 50);
        var sample = locs.Except(occupations).Concat(occupations.Where((_, i) => i % step == 0).Take(50)).ToList();
        Assert.True(sample.Count >= 52, $"only {sample.Count} addresses sampled");
        using var client = site.CreateBrowserlessClient();

        var failures = new List<string>();
        foreach (var path in sample)
        {
            using var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{path} → {(int)response.StatusCode}");
        }

        Assert.Empty(failures);
    }

    /// <summary>The sitemap's addresses as site-relative paths.</summary>
    private async Task<List<string>> LocsAsync()
    {
        using var client = site.CreateBrowserlessClient();
        var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        return xml.Root!.Elements(Ns + "url").Select(u => new Uri(u.Element(Ns + "loc")!.Value).AbsolutePath).ToList();
    }
}
