using System.Net;
using AngleSharp.Dom;
using Jobpocalypse.Web.Tests.Infrastructure;

namespace Jobpocalypse.Web.Tests.Pages.Occupations;

/// <summary>
/// The 29-2072 report against figures worked out by hand from data/ (see the comments), not from the scoring code.
/// </summary>
[Collection(SiteCollection.Name)]
public class ReportPageTests(SiteFactory site)
{
    private const string Url = "/occupations/29-2072-medical-records-specialists";

    // 17 tasks, all of unrated type (weight 1). GPT-4 labels: four E1/T3 tasks (0.6×100 + 0.4×75 = 90),
    // twelve E2/T3 (0.6×50 + 0.4×75 = 60), one E2/T2 (50): (4×90 + 12×60 + 50) / 17 = 66.47.
    private const double TaskSignal = 1130.0 / 17;
    // LM-AIOE of SOC 2010 29-2071 = 0.5524089: 492 of the 774 published scores are lower → (492 + 0.5) / 774.
    private const double Prior = 100 * 492.5 / 774;
    // Outlook: 50 − 4 × 7.1.
    private const double Outlook = 21.6;
    // Postsecondary nondegree award.
    private const double Education = 50;
    // Requirement unchanged; wage 47,180 → 50,250 (+6.507%) against a median of +8.926% → 50 − 2 × (6.507 − 8.926).
    private const double CredentialTrend = 54.839;
    private const double Overall = (0.5 * TaskSignal + 0.2 * Prior + 0.1 * Outlook + 0.05 * Education + 0.05 * CredentialTrend) / 0.9;

    [Fact]
    public async Task Header_shows_title_verdict_code_category_score_and_band()
    {
        var doc = await site.GetDocumentAsync(Url);

        Assert.Equal("Medical Records Specialists", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("SOC 29-2072", doc.QuerySelector(".meta-line")!.TextContent);
        Assert.Equal("/categories/healthcare-practitioners-and-technical", doc.QuerySelector(".meta-line a")!.GetAttribute("href"));
        Assert.Equal(Math.Round(Overall).ToString(), doc.QuerySelector("[data-testid=overall-score]")!.FirstChild!.TextContent.Trim());
        Assert.Equal("Moderate", doc.QuerySelector("[data-testid=band]")!.TextContent.Trim());
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector(".verdict")!.TextContent));
    }

    [Fact]
    public async Task Sections_follow_the_reference_page_order()
    {
        var doc = await site.GetDocumentAsync(Url);

        var headings = doc.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Signal composition", "By seniority", "Task-level analysis", "Task heatmap", "External signals and sources", "Related in Healthcare Practitioners and Technical"],
            headings);
    }

    [Fact]
    public async Task Signal_table_has_each_signal_value_weight_and_contribution()
    {
        var doc = await site.GetDocumentAsync(Url);

        var rows = Rows(doc, "[data-testid=signal-table] tbody tr");
        Assert.Equal(["66", "50%", "55.6%", (TaskSignal * 0.5 / 0.9).ToString("0.0")], rows["Task feasibility"][..4]);
        Assert.Equal(["64", "20%", "22.2%", (Prior * 0.2 / 0.9).ToString("0.0")], rows["AI exposure prior"][..4]);
        Assert.Equal("22", rows["Projected outlook"][0]);
        Assert.Equal(["pending", "10%", "0%", "—"], rows["Hiring demand"][..4]);
        Assert.Equal("50", rows["Entry education"][0]);
        Assert.Equal("55", rows["Credential trend"][0]);
        Assert.Contains("pending", rows["Hiring demand"][5]);
        Assert.Contains("annual refresh", rows["Projected outlook"][5]);
        Assert.NotNull(doc.QuerySelector("#signals svg.chart title"));
        Assert.Contains("shared out", doc.QuerySelector("#signals .notice")!.TextContent);
    }

    [Fact]
    public async Task Seniority_table_applies_the_healthcare_curve()
    {
        var doc = await site.GetDocumentAsync(Url);

        var rows = Rows(doc, "[data-testid=seniority-table] tbody tr");
        Assert.Equal(["×1.15", Math.Round(Overall * 1.15).ToString()], rows["Entry"]);
        Assert.Equal(["×1.00", Math.Round(Overall).ToString()], rows["Mid"]);
        Assert.Equal(["×0.85", Math.Round(Overall * 0.85).ToString()], rows["Senior"]);
        Assert.NotNull(doc.QuerySelector("#seniority svg"));
    }

    [Fact]
    public async Task Task_analysis_shows_the_editorial_duties_and_all_17_tasks_by_contribution()
    {
        var doc = await site.GetDocumentAsync(Url);

        var duties = doc.QuerySelectorAll("[data-testid=editorial-tasks] > li").ToList();
        Assert.Equal(9, duties.Count);
        Assert.All(duties, d => Assert.StartsWith("BLS", d.QuerySelector(".evidence")!.TextContent.Replace("BLS evidence: ", "")));
        var contributions = duties.Select(d => double.Parse(d.QuerySelectorAll(".task-figures strong")[2].TextContent)).ToList();
        Assert.Equal(contributions.OrderDescending(), contributions);
        // "Consult with healthcare providers" covers task 22888 alone, E2/T2: 0.6 × 50 + 0.4 × 50 = 50, "AI can do part of it";
        // every other duty scores 60 or more.
        var stances = duties.ToDictionary(d => d.QuerySelector("h3")!.TextContent.Trim(), d => d.QuerySelector("[data-testid=stance]")!.TextContent.Trim());
        Assert.Equal("AI can do part of it", stances["Consult with healthcare providers to clarify diagnoses and obtain additional information"]);
        Assert.Equal(8, stances.Values.Count(s => s == "AI can do most of it"));
        Assert.Equal("Analysis last reviewed 30 November 2026.", doc.QuerySelector("[data-testid=analysis-reviewed]")!.TextContent.Trim());
        Assert.Equal(["22884", "22892"], doc.QuerySelectorAll("[data-testid=not-grouped] > li")
            .Select(li => li.QuerySelector(".muted")!.TextContent.Split(',')[0].Replace("(task ", "")));

        var tasks = doc.QuerySelectorAll("[data-testid=task-table] tbody tr").ToList();
        Assert.Equal(17, tasks.Count);
        Assert.Equal("90", tasks[0].QuerySelectorAll("td")[1].TextContent);
        Assert.Equal("50", tasks[^1].QuerySelectorAll("td")[1].TextContent);
        Assert.Equal((90 / 17.0).ToString("0.0"), tasks[0].QuerySelectorAll("td")[3].TextContent);
        Assert.Contains("Direct exposure (E1)", tasks[0].TextContent);
    }

    [Fact]
    public async Task Offers_link_to_pro_and_the_pdf_without_pro_data()
    {
        var doc = await site.GetDocumentAsync(Url);

        var cta = doc.QuerySelector("[data-testid=pro-cta]")!;
        Assert.Contains("$9/month", cta.TextContent);
        Assert.Contains("cancel anytime", cta.TextContent);
        var links = cta.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/pro", links);
        Assert.Contains(Url + "/pdf", links);
        Assert.Null(doc.QuerySelector("[data-pro]"));
    }

    [Fact]
    public async Task Sources_show_bls_figures_outlook_wording_and_attributions()
    {
        var doc = await site.GetDocumentAsync(Url);

        var external = doc.QuerySelector("[data-testid=external-signals]")!.TextContent;
        Assert.Contains("Much faster than average", external);
        Assert.Contains("+7.1%", external);
        Assert.Contains("Postsecondary nondegree award", external);
        var bls = Rows(doc, "[data-testid=bls-table] tbody tr");
        Assert.Equal("194,800", bls["Employment 2024"][0]);
        Assert.Equal("208,600", bls["Projected employment 2034"][0]);
        Assert.Equal("14,200", bls["Openings per year"][0]);
        Assert.Equal("$50,250", bls["Median annual wage 2024"][0]);
        var attributions = doc.QuerySelector(".attributions")!.TextContent;
        Assert.Contains("O*NET 29.3 Database by the U.S. Department of Labor", attributions);
        Assert.Contains("Strategic Management Journal", attributions);
        Assert.Contains("GPTs are GPTs", attributions);
    }

    [Fact]
    public async Task Related_lists_linked_healthcare_neighbours()
    {
        var doc = await site.GetDocumentAsync(Url);

        var links = doc.QuerySelectorAll("[data-testid=related-list] a").ToList();
        Assert.Equal(6, links.Count);
        Assert.All(links, a => Assert.StartsWith("/occupations/29-", a.GetAttribute("href")));
    }

    [Fact]
    public async Task Page_has_canonical_title_description_and_open_graph()
    {
        var doc = await site.GetDocumentAsync(Url);

        Assert.EndsWith(Url, doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.StartsWith("Medical Records Specialists", doc.Title);
        Assert.Contains("29-2072", doc.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("Medical Records Specialists: AI exposure 59/100", doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/occupations/29-2072")]
    [InlineData("/occupations/29-2072.00")]
    [InlineData("/occupations/29-2072-old-title")]
    public async Task Code_addresses_redirect_permanently_to_the_canonical_one(string path)
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Url, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Other_onet_suffixes_keep_their_suffix()
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync("/occupations/11-1011.03");

        Assert.Equal("/occupations/11-1011.03-chief-sustainability-officers", response.Headers.Location!.OriginalString);
        var doc = await site.GetDocumentAsync("/occupations/11-1011.03-chief-sustainability-officers");
        Assert.Equal("Chief Sustainability Officers", doc.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/occupations/99-9999")]
    [InlineData("/occupations/no-such-job")]
    public async Task Unknown_occupation_is_a_404_page_that_offers_search(string path)
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var doc = await SiteFactory.ParseAsync(response);
        Assert.NotNull(doc.QuerySelector("main form[action='/search'] input[name=q]"));
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("[data-testid=request-id]")!.TextContent));
    }

    /// <summary>Table rows keyed by their header cell's first line, with the data cells' text.</summary>
    private static Dictionary<string, string[]> Rows(IDocument doc, string selector) =>
        doc.QuerySelectorAll(selector).ToDictionary(
            r => r.QuerySelector("th")!.ChildNodes.First().TextContent.Trim(),
            r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());
}
