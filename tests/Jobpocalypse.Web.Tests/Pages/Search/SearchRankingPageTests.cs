using System.Net;
using AngleSharp.Html.Dom;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Pages.Search;

/// <summary>Issue 17 on the page: what matched, synonyms and why, the full-analysis label, and an empty result that helps.</summary>
[Collection(SiteCollection.Name)]
public class SearchRankingPageTests(SiteFactory site)
{
    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;

    [Theory]
    [InlineData("teacher", "25-2021.00")]
    [InlineData("product manager", "11-2021.00")]
    [InlineData("financial analyst", "13-2051.00")]
    [InlineData("uber driver", "53-3054.00")]
    [InlineData("prompt engineer", "15-1252.00")]
    [InlineData("ux designer", "15-1255.00")]
    public async Task The_misses_named_in_the_issue_now_lead_with_the_common_job(string query, string code)
    {
        var doc = await SearchAsync(query);

        Assert.Equal(Snapshot.ByCode(code)!.Url, Items(doc)[0].QuerySelector(".result-head a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_broad_word_leads_to_the_larger_of_the_occupations_it_names()
    {
        // "Teacher" is an O*NET alternate title of 22 occupations; the 1.4 million elementary school teachers lead.
        var doc = await SearchAsync("teacher");

        var first = Items(doc)[0];
        Assert.Equal("alternate", first.QuerySelector(".match")!.GetAttribute("data-match"));
        Assert.Contains("“Teacher”", first.QuerySelector(".match")!.TextContent);
        Assert.DoesNotContain(Items(doc).Take(3), li => li.QuerySelector("a")!.TextContent.StartsWith("Self-Enrichment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_synonym_match_names_the_synonym_and_says_why()
    {
        var doc = await SearchAsync("Uber driver");

        var match = Items(doc)[0].QuerySelector(".match")!;
        Assert.Equal("synonym", match.GetAttribute("data-match"));
        Assert.Contains("“uber driver”", match.TextContent);
        Assert.Contains("taxi drivers", match.TextContent);
    }

    [Fact]
    public async Task Occupations_with_a_full_analysis_are_labelled_and_others_are_not()
    {
        var doc = await SearchAsync("medical");

        var items = Items(doc);
        var labelled = items.Where(li => li.QuerySelector("[data-testid=full-analysis]") is not null)
            .Select(li => li.QuerySelector(".result-head a")!.GetAttribute("href")).ToList();
        var withAnalysis = Snapshot.Occupations.Where(o => o.Editorial.Count > 0).Select(o => o.Url).ToHashSet();
        var shown = items.Select(li => li.QuerySelector(".result-head a")!.GetAttribute("href")!).ToList();
        Assert.Contains("/occupations/29-2072-medical-records-specialists", labelled);
        Assert.Equal(shown.Where(withAnalysis.Contains), labelled);
        Assert.Equal("Full analysis", items.First(li => li.QuerySelector("[data-testid=full-analysis]") is not null)
            .QuerySelector("[data-testid=full-analysis]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_word_in_no_title_is_left_out_when_every_word_finds_nothing_and_the_page_says_so()
    {
        var doc = await SearchAsync("walmart cashier");

        Assert.Equal(Snapshot.ByCode("41-2011.00")!.Url, Items(doc)[0].QuerySelector(".result-head a")!.GetAttribute("href"));
        Assert.Contains("“walmart”", doc.QuerySelector("[data-testid=left-out]")!.TextContent);
        Assert.Null((await SearchAsync("cashier")).QuerySelector("[data-testid=left-out]"));
    }

    [Fact]
    public async Task No_results_offers_titles_close_in_spelling()
    {
        var doc = await SearchAsync("elecrtican");   // two letters off "electrician": beyond typo correction

        var spelled = doc.QuerySelectorAll("[data-testid=by-spelling] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(Snapshot.ByCode("47-2111.00")!.Url, spelled);
    }

    [Fact]
    public async Task No_results_offers_titles_sharing_some_of_the_words_and_every_category()
    {
        var doc = await SearchAsync("nurse carpenter");

        var meaning = doc.QuerySelectorAll("[data-testid=by-meaning] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(meaning);
        Assert.All(meaning, href => Assert.True(href!.Contains("nurs") || href.Contains("carpent"), href));
        var categories = doc.QuerySelectorAll("[data-testid=categories] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Snapshot.Categories.Select(c => "/categories/" + c.Slug), categories);
    }

    [Fact]
    public async Task Every_link_on_an_empty_result_answers_200()
    {
        var doc = await SearchAsync("nurse carpenter");

        using var client = site.CreateBrowserlessClient();
        foreach (var href in doc.QuerySelectorAll("[data-testid=no-results] a").Select(a => a.GetAttribute("href")!).Distinct())
        {
            using var response = await client.GetAsync(href);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href} answered {(int)response.StatusCode}");
        }
    }

    private async Task<IHtmlDocument> SearchAsync(string query)
    {
        using var client = site.CreateBrowserlessClient();
        using var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await SiteFactory.ParseAsync(response);
    }

    private static List<AngleSharp.Dom.IElement> Items(IHtmlDocument doc) => doc.QuerySelectorAll("[data-testid=results] > li").ToList();
}
