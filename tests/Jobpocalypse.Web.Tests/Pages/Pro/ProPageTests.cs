using System.Net;
using AngleSharp.Dom;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Pages.Pro;

/// <summary>
/// /pro describes Pro and shows, to everyone, what its four sections hold for Medical Records Specialists: the same
/// partial and the same figures as that report shows a Pro reader. The reports themselves stay free of Pro data.
/// </summary>
[Collection(LocalCheckoutCollection.Name)]
public class ProPageTests(LocalCheckoutSiteFactory site)
{
    private const string ReportUrl = "/occupations/29-2072-medical-records-specialists";
    private static readonly string[] ProSections = ["task-heatmap", "pivot-paths", "wage-impact", "ai-tools"];
    // Every table and list of the Pro sections, compared row by row between /pro and the Pro reader's report.
    private static readonly string[] ProFigures =
    [
        "[data-testid=heatmap-table] tr", "[data-testid=pivot-list] > li", "[data-testid=wage-table] tr",
        "[data-testid=wage-comparison] tr", "[data-testid=tool-list] > li", ".heatmap-legend li",
    ];

    private static string[] Texts(IParentNode scope, string selector) =>
        scope.QuerySelectorAll(selector).Select(e => string.Join(" | ", e.TextContent.Split((char[])[' ', '\n', '\r', '\t'],
            StringSplitOptions.RemoveEmptyEntries))).ToArray();

    [Fact]
    public async Task The_example_is_labelled_and_holds_the_four_pro_sections_below_the_offer()
    {
        var doc = await site.GetDocumentAsync("/pro");

        var example = doc.QuerySelector("[data-testid=pro-example]");
        Assert.NotNull(example);
        Assert.Equal("See it on a real occupation", example.QuerySelector("h2")!.TextContent.Trim());
        var note = example.QuerySelector(".pro-example-note")!;
        Assert.Contains("This is what Pro shows for every occupation; here for Medical Records Specialists", string.Join(" ",
            note.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(ReportUrl, note.QuerySelector("a")!.GetAttribute("href"));
        Assert.All(ProSections, id => Assert.Same(example, doc.GetElementById(id)!.ParentElement));

        // Below the offer, in document order.
        var offer = doc.QuerySelector("[data-testid=pro-offer]")!;
        Assert.Equal(DocumentPositions.Following, offer.CompareDocumentPosition(example) & DocumentPositions.Following);
        // One h1, and the example's ids are unique on the page.
        Assert.Single(doc.QuerySelectorAll("h1"));
        var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Pro_says_in_one_screen_what_each_section_adds_to_the_free_report()
    {
        var doc = await site.GetDocumentAsync("/pro");

        var sections = doc.QuerySelectorAll("[data-testid=pro-beyond-free] > div").ToList();
        Assert.Equal(["Task heatmaps", "Career pivot paths", "Wage impact analysis", "AI tool recommendations"],
            sections.Select(s => s.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Contains("free report", sections[0].TextContent);
        Assert.Contains("carry over", sections[1].TextContent);
        Assert.Contains("range", sections[2].TextContent);
        Assert.Contains("still check", sections[3].TextContent);
    }

    [Fact]
    public async Task The_example_figures_are_the_ones_a_pro_reader_sees_on_the_report()
    {
        using var pro = await Reader.ProThroughLocalCheckoutAsync(site);
        var report = await pro.GetDocumentAsync(ReportUrl);
        var page = await site.GetDocumentAsync("/pro");
        var example = page.QuerySelector("[data-testid=pro-example]")!;

        foreach (var selector in ProFigures)
        {
            var expected = Texts(report, selector);
            Assert.True(expected.Length > 0, $"the Pro report has no {selector}");
            Assert.Equal(expected, Texts(example, selector));
        }
        // The chart too: one row per task, each cell with the same fill and figure.
        Assert.Equal(
            report.QuerySelectorAll("#task-heatmap svg rect").Select(r => r.GetAttribute("fill")),
            example.QuerySelectorAll("#task-heatmap svg rect").Select(r => r.GetAttribute("fill")));
        Assert.Equal(17, example.QuerySelectorAll("[data-testid=heatmap-table] tbody tr").Length);
    }

    [Fact]
    public async Task The_example_is_computed_from_the_dataset()
    {
        var snapshot = site.Services.GetRequiredService<ReferenceStore>().Current;
        var entry = snapshot.ByCode("29-2072.00")!;
        var doc = await site.GetDocumentAsync("/pro");

        // The heatmap lists every task of the occupation with its weight, heaviest contribution first.
        var tasks = entry.Score.TaskSignal.Tasks;
        var rows = doc.QuerySelectorAll("[data-testid=pro-example] [data-testid=heatmap-table] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(tasks.Count, rows.Count);
        Assert.Equal(tasks.Select(t => t.Task.Text).Order(), rows.Select(r => r[0][..r[0].LastIndexOf(" (", StringComparison.Ordinal)]).Order());
        var pay = doc.QuerySelector("[data-testid=pro-example] #wage-impact")!.TextContent;
        Assert.Contains(Jobpocalypse.Web.Infrastructure.Display.Dollars(entry.Projection!.MedianWage), pay);
    }

    [Fact]
    public async Task Showing_the_example_on_pro_leaves_free_readers_reports_without_pro_data()
    {
        using var free = await Reader.SignedUpAsync(site);

        await site.GetDocumentAsync("/pro");
        await free.GetDocumentAsync("/pro");

        foreach (var doc in new[] { await site.GetDocumentAsync(ReportUrl), await free.GetDocumentAsync(ReportUrl) })
        {
            Assert.NotNull(doc.QuerySelector("[data-testid=pro-cta]"));
            Assert.Empty(doc.QuerySelectorAll("[data-pro]"));
            Assert.All(ProSections, id => Assert.Null(doc.GetElementById(id)));
        }
    }

    [Fact]
    public async Task Pro_is_never_served_from_the_output_cache_because_its_form_carries_a_per_reader_token()
    {
        using var client = site.CreateBrowserlessClient();

        using var first = await client.GetAsync("/pro");
        using var second = await client.GetAsync("/pro");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age);
        Assert.NotNull((await SiteFactory.ParseAsync(second)).QuerySelector("[data-testid=pro-offer] form input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task A_pro_reader_sees_that_they_have_pro_and_still_the_example()
    {
        using var pro = await Reader.ProThroughLocalCheckoutAsync(site);
        var doc = await pro.GetDocumentAsync("/pro");

        Assert.NotNull(doc.QuerySelector("[data-testid=has-pro]"));
        Assert.Null(doc.QuerySelector("[data-testid=pro-offer] form"));
        Assert.NotNull(doc.QuerySelector("[data-testid=pro-example] #task-heatmap"));
    }
}
