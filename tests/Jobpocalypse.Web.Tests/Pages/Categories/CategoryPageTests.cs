using System.Globalization;
using System.Net;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Pages.Categories;

[Collection(SiteCollection.Name)]
public class CategoryPageTests(SiteFactory site)
{
    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;

    public static TheoryData<string> Slugs => ["healthcare-practitioners-and-technical", "legal", "production", "office-and-administrative-support"];

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Lists_every_occupation_of_the_group_once_sorted_by_score(string slug)
    {
        var category = Snapshot.CategoryBySlug(slug)!;
        var expected = Snapshot.Occupations.Where(o => o.Occupation.CategoryCode == category.Code).ToList();

        var doc = await site.GetDocumentAsync($"/categories/{slug}");

        Assert.Equal(category.ShortTitle, doc.QuerySelector("h1")!.TextContent.Trim());
        var items = doc.QuerySelectorAll("[data-testid=category-occupations] > li").ToList();
        var hrefs = items.Select(li => li.QuerySelector("a")!.GetAttribute("href")).ToList();
        Assert.Equal(expected.Select(o => o.Url).Order(), hrefs.Order());
        var listed = hrefs.Select(h => expected.Single(o => o.Url == h)).ToList();

        // Highest first, every not-rated occupation after every rated one.
        var rated = listed.TakeWhile(o => o.Score.IsRated).ToList();
        Assert.Equal(rated.Select(o => o.Score.Overall), rated.Select(o => o.Score.Overall).OrderDescending());
        Assert.All(listed.Skip(rated.Count), o => Assert.False(o.Score.IsRated));

        foreach (var (li, entry) in items.Zip(listed))
        {
            var shown = li.QuerySelector("[data-testid=score]")!.TextContent.Trim();
            Assert.Equal(entry.Score.Overall is { } s ? Math.Round(s, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : "not rated", shown);
            var bar = li.QuerySelector(".score-bar")!;
            Assert.Equal("true", bar.GetAttribute("aria-hidden"));
            if (entry.Score.IsRated)
                Assert.Equal($"width:{shown}%", bar.QuerySelector("span")!.GetAttribute("style"));
        }
    }

    [Fact]
    public async Task Summary_counts_occupations_against_the_snapshot()
    {
        var doc = await site.GetDocumentAsync("/categories/healthcare-practitioners-and-technical");

        var summary = doc.QuerySelector("[data-testid=category-summary]")!.TextContent;
        Assert.Contains("SOC 29-0000", summary);
        Assert.Contains($"{Snapshot.InCategory("29").Count} occupations", summary);
        Assert.EndsWith("/categories/healthcare-practitioners-and-technical", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.StartsWith("Healthcare Practitioners and Technical", doc.Title);
    }

    [Fact]
    public async Task Every_category_page_exists_and_lists_its_group()
    {
        using var client = site.CreateBrowserlessClient();
        var total = 0;
        foreach (var category in Snapshot.Categories)
        {
            using var response = await client.GetAsync($"/categories/{category.Slug}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var doc = await SiteFactory.ParseAsync(response);
            total += doc.QuerySelectorAll("[data-testid=category-occupations] > li").Length;
        }
        Assert.Equal(Snapshot.Occupations.Count, total);
    }

    [Theory]
    [InlineData("/categories/no-such-group")]
    [InlineData("/categories/29")]
    public async Task Unknown_slug_is_a_404_page(string path)
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var doc = await SiteFactory.ParseAsync(response);
        Assert.Equal("Page not found", doc.QuerySelector("h1")!.TextContent.Trim());
    }
}
