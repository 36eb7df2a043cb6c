using System.Net;
using AngleSharp.Dom;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Tests.Infrastructure;

namespace Jobpocalypse.Web.Tests.Pages.Occupations;

/// <summary>
/// The 29-2072 report against figures worked out by hand from data/ (see the comments), not from the scoring code.
/// </summary>
[Collection(SiteCollection.Name)]
public class ReportPageTests(SiteFactory site)
{
    private const string Url = "/occupations/29-2072-medical-records-specialists";

    // 17 tasks, none with a Core/Supplemental designation (weight 1 each, rated weight 17). GPT-4 labels: four E1/T3 tasks
    // (0.6×100 + 0.4×75 = 90), twelve E2/T3 (0.6×50 + 0.4×75 = 60), one E2/T2 (50): (4×90 + 12×60 + 50) / 17 = 66.47.
    private const double TaskSignal = 1130.0 / 17;
    // LM-AIOE of SOC 2010 29-2071 = 0.5524089: 492 of the 774 published scores are lower → (492 + 0.5) / 774.
    private const double Prior = 100 * 492.5 / 774;
    // Tomlinson et al. AI applicability of SOC 29-2072 = 0.27060368865203227, × 100.
    private const double ObservedUse = 27.060368865203227;
    // What AI can do: tasks weigh 17, the prior 4 and observed use 4 → 59.71, shown 60 (High).
    private const double Evidence = (17 * TaskSignal + 4 * Prior + 4 * ObservedUse) / 25;
    // Market: outlook 50 − 4 × 7.1 = 21.6 (share 0.4), demand pending, entry education 50 (0.2), credential trend
    // 50 − 2 × (6.507 − 8.926) = 54.839 (0.2): mean 37.01 → 5 × (37.01 − 50) ÷ 50 = −1.30 points.
    private const double MarketRaw = 5 * ((0.4 * 21.6 + 0.2 * 50 + 0.2 * 54.839) / 0.8 - 50) / 50;
    // The market may not take the score out of the evidence's band: High starts at a shown 60, i.e. at 59.5.
    private const double Overall = 59.5;

    [Fact]
    public async Task Header_shows_title_verdict_code_category_score_band_and_the_evidence_market_split()
    {
        var doc = await site.GetDocumentAsync(Url);

        Assert.Equal("Medical Records Specialists", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("SOC 29-2072", doc.QuerySelector(".meta-line")!.TextContent);
        Assert.Equal("/categories/healthcare-practitioners-and-technical", doc.QuerySelector(".meta-line a")!.GetAttribute("href"));
        Assert.Equal("60", doc.QuerySelector("[data-testid=overall-score]")!.FirstChild!.TextContent.Trim());
        Assert.Equal("High", doc.QuerySelector("[data-testid=band]")!.TextContent.Trim());
        // All 17 tasks score 50 or more: the verdict is the High band's for a broad table.
        Assert.Equal(ScoringModel.Default.Bands.Single(b => b.Name == "High").Broad.Text, doc.QuerySelector("[data-testid=verdict]")!.TextContent.Trim());
        var split = doc.QuerySelector("[data-testid=score-split]")!.TextContent;
        Assert.Contains("What AI can do: 60", split);
        Assert.Contains($"move it by −{Math.Abs(Overall - Evidence):0.0} points", split);
    }

    [Fact]
    public async Task Sections_follow_the_reference_page_order()
    {
        var doc = await site.GetDocumentAsync(Url);

        var headings = doc.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Signal composition", "Where people already use AI in this work", "By seniority", "Task-level analysis", "Task heatmap",
            "External signals and sources", "Related in Healthcare Practitioners and Technical"], headings);
    }

    [Fact]
    public async Task Evidence_table_weighs_tasks_by_their_rated_weight_and_the_prior_and_observed_use_by_four()
    {
        var doc = await site.GetDocumentAsync(Url);

        var rows = Rows(doc, "[data-testid=signal-table] tbody tr");
        Assert.Equal(["66", "17", "68%", (TaskSignal * 17 / 25).ToString("0.0")], rows["Task feasibility"][..4]);
        Assert.Equal(["64", "4", "16%", (Prior * 4 / 25).ToString("0.0")], rows["AI exposure prior"][..4]);
        Assert.Equal(["27", "4", "16%", (ObservedUse * 4 / 25).ToString("0.0")], rows["Observed AI use"][..4]);
        Assert.NotNull(doc.QuerySelector("#signals svg.chart title"));
    }

    [Fact]
    public async Task Market_table_shows_each_signals_points_and_the_band_limit()
    {
        var doc = await site.GetDocumentAsync(Url);

        var rows = Rows(doc, "[data-testid=market-table] tbody tr");
        Assert.Equal(["22", "50%", "−1.4"], rows["Projected outlook"][..3]);
        Assert.Equal(["pending", "0%", "—"], rows["Hiring demand"][..3]);
        Assert.Equal(["50", "25%", "0.0"], rows["Entry education"][..3]);
        Assert.Equal(["55", "25%", "+0.1"], rows["Credential trend"][..3]);
        Assert.Contains("annual refresh", rows["Projected outlook"][4]);
        Assert.Contains($"−{Math.Abs(MarketRaw):0.0} points", doc.QuerySelector("[data-testid=band-limit]")!.TextContent);
    }

    [Fact]
    public async Task Observed_use_lists_the_activities_with_the_authors_caveat_and_citation()
    {
        var doc = await site.GetDocumentAsync(Url);

        Assert.Equal("27", doc.QuerySelector("[data-testid=observed-use-score]")!.TextContent.Trim());
        var rows = doc.QuerySelectorAll("[data-testid=observed-use-table] tbody tr").ToList();
        Assert.Equal(5, rows.Count);
        var shares = rows.Select(r => double.Parse(r.QuerySelectorAll("td")[1].TextContent.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(shares.OrderDescending(), shares);
        var section = doc.QuerySelector("#observed-use")!.TextContent;
        Assert.Contains("not whether AI could replace", section);
        Assert.Contains("CC BY 4.0", section);
        Assert.Contains("Working with AI", section);
    }

    [Fact]
    public async Task Seniority_is_computed_from_the_tasks_and_says_it_is_a_model()
    {
        var doc = await site.GetDocumentAsync(Url);

        var rows = Rows(doc, "[data-testid=seniority-table] tbody tr");
        Assert.Equal(["Entry", "Mid", "Senior"], rows.Keys);
        Assert.Equal("×1.00", rows["Mid"][1]);
        Assert.Equal("60", rows["Mid"][2]);
        foreach (var level in rows.Values)
        {
            var multiplier = double.Parse(level[1].TrimStart('×'), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(Math.Round(Evidence * multiplier, MidpointRounding.AwayFromZero), double.Parse(level[2]), 0);
        }
        Assert.NotNull(doc.QuerySelector("#seniority svg"));
        Assert.Contains("It is a model", doc.QuerySelector("#seniority .section-lede")!.TextContent);
        Assert.Contains("Healthcare Practitioners and Technical curve", doc.QuerySelector("[data-testid=category-curve]")!.TextContent);
        // Data entry is entry-level work by the markers, and the report names it.
        Assert.Contains("marker", doc.QuerySelector("[data-testid=seniority-drivers]")!.TextContent);
    }

    [Fact]
    public async Task Task_analysis_shows_the_editorial_duties_and_all_17_tasks_by_contribution()
    {
        var doc = await site.GetDocumentAsync(Url);

        var duties = doc.QuerySelectorAll("[data-testid=editorial-tasks] > li").ToList();
        Assert.Equal(9, duties.Count);
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
        Assert.Equal("$50,250", bls["Median annual wage (BLS, 2024)"][0]);
        var attributions = doc.QuerySelector(".attributions")!.TextContent;
        Assert.Contains("O*NET 29.3 Database by the U.S. Department of Labor", attributions);
        Assert.Contains("Strategic Management Journal", attributions);
        Assert.Contains("GPTs are GPTs", attributions);
    }

    [Fact]
    public async Task Related_lists_healthcare_occupations_that_share_the_most_work_and_says_why()
    {
        var doc = await site.GetDocumentAsync(Url);

        var items = doc.QuerySelectorAll("[data-testid=related-list] li").ToList();
        Assert.Equal(6, items.Count);
        Assert.All(items, li => Assert.StartsWith("/occupations/29-", li.QuerySelector("a")!.GetAttribute("href")));
        var shared = items.Select(li => li.QuerySelector("[data-testid=related-why]")!.TextContent.Trim())
            .Select(why => why.StartsWith("Shares ") ? int.Parse(why.Split(' ')[1]) : 0).ToList();
        Assert.Equal(shared.OrderDescending(), shared);
        Assert.True(shared[0] > 0, "the first related occupation shares no task");
    }

    [Fact]
    public async Task Page_has_canonical_title_description_and_open_graph()
    {
        var doc = await site.GetDocumentAsync(Url);

        Assert.EndsWith(Url, doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.StartsWith("Medical Records Specialists", doc.Title);
        Assert.Contains("29-2072", doc.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("Medical Records Specialists: AI exposure 60/100", doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
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
