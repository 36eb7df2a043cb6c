using System.Globalization;
using AngleSharp.Dom;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Pages.Home;

/// <summary>The home page against the loaded snapshot: every figure is recomputed here from the snapshot's scores.</summary>
[Collection(SiteCollection.Name)]
public class HomePageTests(SiteFactory site)
{
    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;

    [Fact]
    public async Task Search_form_is_a_labelled_get_to_search()
    {
        var doc = await site.GetDocumentAsync("/");

        var form = doc.QuerySelector("main form[action='/search']")!;
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]")!;
        var label = form.QuerySelector($"label[for='{input.Id}']")!;
        Assert.False(label.ClassList.Contains("visually-hidden"));
        Assert.False(string.IsNullOrWhiteSpace(label.TextContent));
    }

    [Fact]
    public async Task Lists_every_category_with_its_count_and_median_score()
    {
        var doc = await site.GetDocumentAsync("/");

        var items = doc.QuerySelectorAll("[data-testid=categories] > li").ToList();
        Assert.Equal(Snapshot.Categories.Count, items.Count);
        foreach (var (category, item) in Snapshot.Categories.Zip(items))
        {
            var scores = Snapshot.Occupations.Where(o => o.Occupation.CategoryCode == category.Code).Select(o => o.Score.Overall).ToList();
            var rated = scores.OfType<double>().Order().ToList();
            var median = rated.Count % 2 == 1 ? rated[rated.Count / 2] : (rated[rated.Count / 2 - 1] + rated[rated.Count / 2]) / 2;
            Assert.Equal($"/categories/{category.Slug}", item.QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal(scores.Count.ToString(CultureInfo.InvariantCulture), Text(item, "[data-testid=count]"));
            Assert.Equal(Math.Round(median, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture), Text(item, "[data-testid=median]"));
        }
    }

    [Fact]
    public async Task Most_exposed_are_the_ten_highest_scores_in_order()
    {
        var doc = await site.GetDocumentAsync("/");

        var listed = Entries(doc, "[data-testid=most-exposed] > li");
        Assert.Equal(10, listed.Count);
        var scores = listed.Select(e => e.Score.Overall!.Value).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        var rest = Snapshot.Rated.Except(listed).Select(e => e.Score.Overall!.Value);
        Assert.All(rest, s => Assert.True(s <= scores[^1]));
        AssertShownScoresAndBands(doc, "[data-testid=most-exposed] > li", listed);
    }

    [Fact]
    public async Task Least_exposed_are_the_ten_lowest_scores_in_order()
    {
        var doc = await site.GetDocumentAsync("/");

        var listed = Entries(doc, "[data-testid=least-exposed] > li");
        Assert.Equal(10, listed.Count);
        var scores = listed.Select(e => e.Score.Overall!.Value).ToList();
        Assert.Equal(scores.Order(), scores);
        var rest = Snapshot.Rated.Except(listed).Select(e => e.Score.Overall!.Value);
        Assert.All(rest, s => Assert.True(s >= scores[^1]));
        AssertShownScoresAndBands(doc, "[data-testid=least-exposed] > li", listed);
    }

    [Fact]
    public async Task Explains_the_score_with_every_band_and_links_to_methodology_and_a_to_z()
    {
        var doc = await site.GetDocumentAsync("/");

        var explanation = doc.QuerySelector("#score")!;
        Assert.Contains(explanation.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/methodology");
        var bands = explanation.QuerySelectorAll("[data-testid=band-legend] .band").Select(b => b.TextContent.Trim());
        Assert.Equal(Snapshot.Model.Bands.OrderByDescending(b => b.Min).Select(b => b.Name), bands);
        Assert.Equal("/occupations", doc.QuerySelector("[data-testid=az-link]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Has_a_home_page_title_description_and_canonical()
    {
        var doc = await site.GetDocumentAsync("/");

        Assert.Contains("AI", doc.Title);
        Assert.EndsWith("Jobpocalypse", doc.Title);
        Assert.Equal("How much of your job can AI do?", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains($"{Snapshot.Occupations.Count} US occupations", doc.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.EndsWith("/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    private List<OccupationEntry> Entries(IDocument doc, string selector) => doc.QuerySelectorAll(selector)
        .Select(li => Snapshot.Occupations.Single(o => o.Url == li.QuerySelector("a")!.GetAttribute("href")))
        .ToList();

    private static void AssertShownScoresAndBands(IDocument doc, string selector, List<OccupationEntry> entries)
    {
        foreach (var (li, entry) in doc.QuerySelectorAll(selector).Zip(entries))
        {
            Assert.Equal(Math.Round(entry.Score.Overall!.Value, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture), Text(li, "[data-testid=score]"));
            Assert.Equal(entry.Score.Band!.Name, Text(li, ".band"));
        }
    }

    private static string Text(IElement element, string selector) => element.QuerySelector(selector)!.TextContent.Trim();
}
