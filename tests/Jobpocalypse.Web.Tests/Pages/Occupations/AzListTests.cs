using System.Globalization;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Pages.Occupations;

[Collection(SiteCollection.Name)]
public class AzListTests(SiteFactory site)
{
    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;

    [Fact]
    public async Task Lists_every_occupation_exactly_once_with_its_score()
    {
        var doc = await site.GetDocumentAsync("/occupations");

        var items = doc.QuerySelectorAll("section.az-group li").ToList();
        var hrefs = items.Select(li => li.QuerySelector("a")!.GetAttribute("href")!).ToList();
        Assert.Equal(Snapshot.Occupations.Count, hrefs.Count);
        Assert.Equal(Snapshot.Occupations.Select(o => o.Url).Order(StringComparer.Ordinal), hrefs.Order(StringComparer.Ordinal));
        foreach (var li in items)
        {
            var entry = Snapshot.Occupations.Single(o => o.Url == li.QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal(entry.Title, li.QuerySelector("a")!.TextContent.Trim());
            var expected = entry.Score.Overall is { } s ? Math.Round(s, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : "not rated";
            Assert.Equal(expected, li.QuerySelector("[data-testid=score]")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task Groups_by_first_letter_in_order_with_a_letter_index()
    {
        var doc = await site.GetDocumentAsync("/occupations");

        var sections = doc.QuerySelectorAll("section.az-group").ToList();
        var letters = Snapshot.Occupations.Select(o => char.ToUpperInvariant(o.Title[0]).ToString()).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(letters, sections.Select(s => s.QuerySelector("h2")!.TextContent.Trim()));
        foreach (var section in sections)
        {
            var letter = section.QuerySelector("h2")!.TextContent.Trim();
            var titles = section.QuerySelectorAll("li a").Select(a => a.TextContent.Trim()).ToList();
            Assert.All(titles, t => Assert.StartsWith(letter, t, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
        }
        var index = doc.QuerySelectorAll("nav [data-testid=letter-index] a").ToList();
        Assert.Equal(letters, index.Select(a => a.TextContent.Trim()));
        Assert.All(index, a => Assert.NotNull(doc.GetElementById(a.GetAttribute("href")!.TrimStart('#'))));
    }
}
