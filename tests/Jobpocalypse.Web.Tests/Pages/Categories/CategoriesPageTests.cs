using System.Globalization;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Pages.Categories;

[Collection(SiteCollection.Name)]
public class CategoriesPageTests(SiteFactory site)
{
    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;

    [Fact]
    public async Task Lists_every_category_with_its_occupation_count_and_median()
    {
        var doc = await site.GetDocumentAsync("/categories");

        var rows = doc.QuerySelectorAll("[data-testid=category-table] tbody tr").ToList();
        Assert.Equal(Snapshot.Categories.Count, rows.Count);
        Assert.Equal(Snapshot.Occupations.Count, rows.Sum(r => int.Parse(r.QuerySelector("[data-testid=count]")!.TextContent, CultureInfo.InvariantCulture)));
        foreach (var (category, row) in Snapshot.Categories.Zip(rows))
        {
            Assert.Equal($"/categories/{category.Slug}", row.QuerySelector("th a")!.GetAttribute("href"));
            Assert.Equal(category.ShortTitle, row.QuerySelector("th a")!.TextContent.Trim());
            var count = Snapshot.Occupations.Count(o => o.Occupation.CategoryCode == category.Code);
            Assert.Equal(count.ToString(CultureInfo.InvariantCulture), row.QuerySelector("[data-testid=count]")!.TextContent);
            Assert.Matches(@"^\d{1,3}$", row.QuerySelector("[data-testid=median]")!.TextContent);
        }
    }

    [Fact]
    public async Task Healthcare_median_is_the_middle_of_its_89_scores()
    {
        var doc = await site.GetDocumentAsync("/categories");

        // 89 occupations, all rated: the median is the 45th score in order.
        var scores = Snapshot.Occupations.Where(o => o.Occupation.CategoryCode == "29").Select(o => o.Score.Overall!.Value).Order().ToList();
        Assert.Equal(89, scores.Count);
        var row = doc.QuerySelectorAll("[data-testid=category-table] tbody tr")
            .Single(r => r.QuerySelector("th a")!.GetAttribute("href") == "/categories/healthcare-practitioners-and-technical");
        Assert.Equal(Math.Round(scores[44], MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture),
            row.QuerySelector("[data-testid=median]")!.TextContent);
    }
}
