using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Pages.Occupations;

/// <summary>
/// The four Pro sections on a report: present for a Pro reader with figures worked out by hand from data/ for 29-2072,
/// absent (data and all) for free readers. Pro is bought through the local test checkout.
/// </summary>
[Collection(LocalCheckoutCollection.Name)]
public class ProSectionsTests(LocalCheckoutSiteFactory site)
{
    private const string Url = "/occupations/29-2072-medical-records-specialists";
    private static readonly string[] ProSections = ["task-heatmap", "pivot-paths", "wage-impact", "ai-tools"];

    private async Task<Reader> ProReaderAsync()
    {
        var reader = await Reader.SignedUpAsync(site);
        using var start = await reader.SubmitAsync("/pro", "[data-testid=pro-offer] form", []);
        Assert.Equal(HttpStatusCode.SeeOther, start.StatusCode);
        using var complete = await reader.SubmitAsync(start.Headers.Location!.ToString(), "main form", []);
        Assert.Equal(HttpStatusCode.SeeOther, complete.StatusCode);
        return reader;
    }

    private static Dictionary<string, string[]> Rows(IDocument doc, string selector) =>
        doc.QuerySelectorAll(selector).ToDictionary(
            r => (r.QuerySelector("th") ?? r.QuerySelector("td"))!.TextContent.Trim(),
            r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());

    [Fact]
    public async Task Heatmap_applies_the_occupations_own_curve_to_every_task()
    {
        using var reader = await ProReaderAsync();
        var doc = await reader.GetDocumentAsync(Url);

        // Feasibility 90 (four E1/T3 tasks), 60 (twelve E2/T3), 50 (one E2/T2). Eleven tasks read as entry-level work
        // (records, data entry, forms, scheduling, transcribing), none as senior: entry time shares 2 × 750 + 380 over
        // weight 28 = 67.14, senior 0.5 × 750 + 380 over 11.5 = 65.65, mid 1130 / 17 = 66.47 → ×1.0101 / ×1.00 / ×0.9877.
        // Shown rounded half away from zero: 90 → 91 / 90 / 89, 60 → 61 / 60 / 59, 50 → 51 / 50 / 49.
        var rows = doc.QuerySelectorAll("[data-testid=heatmap-table] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Skip(3).Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(17, rows.Count);
        Assert.All(rows.Take(4), r => Assert.Equal(["91", "90", "89"], r));
        Assert.All(rows.Skip(4).Take(12), r => Assert.Equal(["61", "60", "59"], r));
        Assert.Equal(["51", "50", "49"], rows[^1]);
        Assert.Equal(17, doc.QuerySelectorAll("#task-heatmap svg > g[transform]").Length);
        Assert.Equal(6, doc.QuerySelectorAll(".heatmap-legend li").Length);
    }

    [Fact]
    public async Task Wage_impact_matches_the_hand_calculation()
    {
        using var reader = await ProReaderAsync();
        var doc = await reader.GetDocumentAsync(Url);

        // Every task has feasibility ≥ 50, so all 17 weighted points are exposed; at senior level (×0.9877, see the heatmap)
        // the 50 task drops to 49.4, leaving 16 of 17. Pay tied = $50,250 × 1; wage bill = $50,250 × 194,800 workers × 1 = $9.79 billion.
        var rows = Rows(doc, "[data-testid=wage-table] tbody tr");
        Assert.Equal("100%", rows["Share of work exposed"][0]);
        Assert.Equal("100%", rows["… at entry level"][0]);
        Assert.Equal("94.1%", rows["… at senior level"][0]);
        Assert.Equal("$50,250", rows["Median annual wage (BLS, 2024)"][0]);
        Assert.Equal("$50,250", rows["Pay tied to exposed tasks"][0]);
        Assert.Equal("$9.8 billion", rows["Wage bill tied to exposed tasks"][0]);
        Assert.NotNull(doc.QuerySelector("[data-testid=wage-comparison]"));
    }

    [Fact]
    public async Task Pivot_paths_are_lower_scoring_and_ordered_by_the_stated_rank_value()
    {
        using var reader = await ProReaderAsync();
        var doc = await reader.GetDocumentAsync(Url);
        var snapshot = site.Services.GetRequiredService<ReferenceStore>().Current;
        var origin = snapshot.ByCode("29-2072.00")!.Score.Overall!.Value;
        var weights = new Dictionary<string, double> { ["Primary-Short"] = 1.0, ["Primary-Long"] = 0.8, ["Supplemental"] = 0.6, ["Same category"] = 0.5 };

        var paths = doc.QuerySelectorAll("[data-testid=pivot-table] tbody tr").ToList();
        Assert.NotEmpty(paths);
        var rankValues = new List<double>();
        foreach (var row in paths)
        {
            var link = row.QuerySelector("th a")!.GetAttribute("href")!;
            var target = snapshot.BySlug(link["/occupations/".Length..])!;
            var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
            Assert.True(target.Score.Overall < origin, target.Title);
            double overlap = double.Parse(cells[6].TrimEnd('%'), CultureInfo.InvariantCulture) / 100;
            double expected = (origin - target.Score.Overall!.Value) * weights[cells[0]] * (0.5 + 0.5 * overlap);
            double shown = double.Parse(cells[7], CultureInfo.InvariantCulture);
            Assert.InRange(shown, expected - 0.1, expected + 0.1);
            rankValues.Add(shown);
        }
        Assert.Equal(rankValues.OrderDescending(), rankValues);
    }

    [Fact]
    public async Task Tool_recommendations_name_kinds_of_tool_for_the_exposed_tasks()
    {
        using var reader = await ProReaderAsync();
        var doc = await reader.GetDocumentAsync(Url);

        var names = doc.QuerySelectorAll("[data-testid=tool-list] h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Autonomous medical coding", names);
        Assert.Contains("Speech-to-text transcription", names);
        Assert.Null(doc.QuerySelector("[data-testid=pro-cta]"));
    }

    [Fact]
    public async Task A_free_signed_in_reader_gets_the_call_to_action_and_none_of_the_pro_data()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var doc = await reader.GetDocumentAsync(Url);

        Assert.NotNull(doc.QuerySelector("[data-testid=pro-cta]"));
        Assert.Empty(doc.QuerySelectorAll("[data-pro]"));
        Assert.All(ProSections, id => Assert.Null(doc.GetElementById(id)));
    }

    [Fact]
    public async Task Every_occupation_shows_the_pro_sections_to_a_pro_reader_and_not_to_a_free_one()
    {
        using var pro = await ProReaderAsync();
        using var free = await Reader.SignedUpAsync(site);
        var snapshot = site.Services.GetRequiredService<ReferenceStore>().Current;

        foreach (var batch in snapshot.Occupations.Chunk(8))
        {
            await Task.WhenAll(batch.Select(async o =>
            {
                var proDoc = await pro.GetDocumentAsync(o.Url);
                Assert.All(ProSections, id => Assert.NotNull(proDoc.GetElementById(id)));
                var freeDoc = await free.GetDocumentAsync(o.Url);
                Assert.Empty(freeDoc.QuerySelectorAll("[data-pro]"));
            }));
        }
    }
}
