using System.Net;
using AngleSharp.Html.Dom;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Pages.Search;

[Collection(SiteCollection.Name)]
public class SearchPageTests(SiteFactory site)
{
    private const string MedicalRecordsUrl = "/occupations/29-2072-medical-records-specialists";

    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;

    [Theory]
    [InlineData("medical coder")]
    [InlineData("medcal coder")]
    [InlineData("medical codr")]
    [InlineData("Medical Records Specialists")]
    [InlineData("MEDICAL CODERS")]
    public async Task Medical_records_specialists_come_first(string query)
    {
        var doc = await SearchAsync(query);

        Assert.Equal(MedicalRecordsUrl, ResultLinks(doc)[0]);
    }

    [Fact]
    public async Task An_alternate_title_match_says_which_title_matched()
    {
        var doc = await SearchAsync("medical coder");

        var first = doc.QuerySelector("[data-testid=results] > li")!;
        Assert.Equal("matched the alternate title “Medical Coder”", first.QuerySelector(".match")!.TextContent.Trim());
        Assert.Contains("Healthcare Practitioners and Technical", first.TextContent);
        var entry = Snapshot.ByCode("29-2072.00")!;
        Assert.Equal(Math.Round(entry.Score.Overall!.Value).ToString(), first.QuerySelector(".score-chip")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_title_match_says_so()
    {
        var doc = await SearchAsync("Medical Records Specialists");

        var match = doc.QuerySelector("[data-testid=results] > li .match")!;
        Assert.Equal("title", match.GetAttribute("data-match"));
        Assert.Equal("matched the title", match.TextContent.Trim());
    }

    [Fact]
    public async Task A_typo_is_corrected_and_the_correction_shown()
    {
        var doc = await SearchAsync("medcal coder");

        Assert.Contains("“medcal”", doc.QuerySelector("[data-testid=corrections]")!.TextContent);
        Assert.Contains("medical", doc.QuerySelector("[data-testid=corrections]")!.TextContent);
    }

    [Fact]
    public async Task Results_are_one_per_occupation_and_link_to_canonical_reports()
    {
        var links = ResultLinks(await SearchAsync("technician"));

        Assert.Equal(50, links.Count);
        Assert.Equal(links.Count, links.Distinct().Count());
        var urls = Snapshot.Occupations.Select(o => o.Url).ToHashSet();
        Assert.All(links, l => Assert.Contains(l, urls));

        using var client = site.CreateBrowserlessClient();
        using var report = await client.GetAsync(links[0]);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
    }

    [Fact]
    public async Task More_than_fifty_matches_says_only_the_best_are_shown()
    {
        var doc = await SearchAsync("technician");

        Assert.Contains("the best 50 are shown", doc.QuerySelector("[data-testid=result-count]")!.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Empty_query_shows_the_form_and_no_results(string query)
    {
        var doc = await SearchAsync(query);

        var input = doc.QuerySelector("main form[action='/search'] input[name=q]")!;
        Assert.False(doc.QuerySelector($"main label[for='{input.Id}']")!.ClassList.Contains("visually-hidden"));
        Assert.Null(doc.QuerySelector("[data-testid=results]"));
        Assert.Null(doc.QuerySelector("[data-testid=no-results]"));
    }

    [Fact]
    public async Task No_query_parameter_shows_the_form()
    {
        var doc = await site.GetDocumentAsync("/search");

        Assert.NotNull(doc.QuerySelector("main form[action='/search'] input[name=q]"));
        Assert.Equal("Search occupations", doc.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(201)]
    public async Task Over_200_characters_is_a_400_page_with_the_limit(int length)
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync("/search?q=" + new string('a', length));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await SiteFactory.ParseAsync(response);
        Assert.Contains("Search terms are limited to 200 characters.", doc.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Exactly_200_characters_is_searched()
    {
        var doc = await SearchAsync("nurse " + new string('x', 194));

        // The long word is in no title, so it is left out and said to be; nurses are found.
        Assert.Contains(new string('x', 194), doc.QuerySelector("[data-testid=left-out]")!.TextContent);
        Assert.NotEmpty(ResultLinks(doc));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("AND (")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("OR NOT")]
    [InlineData(")(\"^:-+{}")]
    public async Task Only_punctuation_or_operators_is_no_results_with_a_hint(string query)
    {
        var doc = await SearchAsync(query);

        var notice = doc.QuerySelector("[data-testid=no-results]")!;
        Assert.Contains("No results", notice.TextContent);
        Assert.Contains(notice.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/occupations");
        Assert.Null(doc.QuerySelector("[data-testid=results]"));
    }

    [Theory]
    [InlineData("nurse\"")]
    [InlineData("\"nurse")]
    [InlineData("nurse AND (")]
    [InlineData("nurse:midwives")]
    [InlineData("nurse*")]
    [InlineData("^nurse")]
    [InlineData("-nurse NOT")]
    [InlineData("NEAR(nurse midwives)")]
    [InlineData("{nurse}")]
    public async Task Fts_syntax_around_words_is_ignored(string query)
    {
        var doc = await SearchAsync(query);

        Assert.NotEmpty(ResultLinks(doc));
    }

    [Theory]
    [InlineData("😀 nurse")]
    [InlineData("\u0000nurse")]
    [InlineData("Ærø café naïve")]
    [InlineData("%%%")]
    [InlineData("x")]
    public async Task Unusual_characters_answer_200(string query)
    {
        await SearchAsync(query);
    }

    [Fact]
    public async Task No_results_offers_the_a_to_z_list_and_categories()
    {
        var doc = await SearchAsync("zzzzqqqq");

        var links = doc.QuerySelectorAll("[data-testid=no-results] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/occupations", links);
        Assert.Contains("/categories", links);
    }

    [Theory]
    [InlineData("29-2072", MedicalRecordsUrl)]
    [InlineData("29-2072.00", MedicalRecordsUrl)]
    [InlineData(" 11-1011.03 ", "/occupations/11-1011.03-chief-sustainability-officers")]
    public async Task An_occupation_code_redirects_to_its_report(string query, string url)
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(url, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_code_says_no_occupation_has_it()
    {
        var doc = await SearchAsync("99-9999");

        Assert.Contains("No occupation has the code 99-9999", doc.QuerySelector("[data-testid=no-results]")!.TextContent);
    }

    [Fact]
    public async Task Result_pages_are_not_indexed_but_the_empty_page_is()
    {
        var results = await SearchAsync("nurse");
        var empty = await site.GetDocumentAsync("/search");

        Assert.Contains("noindex", results.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(empty.QuerySelector("meta[name=robots]"));
    }

    private async Task<IHtmlDocument> SearchAsync(string query)
    {
        using var client = site.CreateBrowserlessClient();
        using var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await SiteFactory.ParseAsync(response);
    }

    private static List<string> ResultLinks(IHtmlDocument doc) =>
        doc.QuerySelectorAll("[data-testid=results] > li .result-head a").Select(a => a.GetAttribute("href")!).ToList();
}
