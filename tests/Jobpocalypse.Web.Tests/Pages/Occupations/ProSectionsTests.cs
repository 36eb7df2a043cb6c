using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Jobpocalypse.Scoring.Pro;
using Jobpocalypse.Web.Pro;
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

    private static Dictionary<string, string[]> Rows(IDocument doc, string selector) =>
        doc.QuerySelectorAll(selector).ToDictionary(
            r => (r.QuerySelector("th") ?? r.QuerySelector("td"))!.TextContent.Trim(),
            r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());

    [Fact]
    public async Task Heatmap_cells_are_each_tasks_share_of_the_levels_time()
    {
        using var reader = await Reader.ProThroughLocalCheckoutAsync(site);
        var doc = await reader.GetDocumentAsync(Url);

        // All 17 tasks weigh 1; eleven read as entry-level work (records, data entry, forms, scheduling, transcribing), none as
        // senior. Entry time weights: 2 for those eleven, 1 for the other six (sum 28); mid: 1 each (17); senior: 0.5 and 1 (11.5).
        // So an entry task fills 2/28 = 7.1% of entry time, 1/17 = 5.9% of mid and 0.5/11.5 = 4.3% of senior time; an even
        // task 1/28 = 3.6%, 5.9% and 1/11.5 = 8.7%.
        var rows = doc.QuerySelectorAll("[data-testid=heatmap-table] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(17, rows.Count);
        Assert.Equal(11, rows.Count(r => r.SequenceEqual(["7.1%", "5.9%", "4.3%"])));
        Assert.Equal(6, rows.Count(r => r.SequenceEqual(["3.6%", "5.9%", "8.7%"])));
        // Feasibility 90 ×4, 60 ×12, 50 ×1 (sum 1130), 750 of it on entry tasks: the expected shares are
        // (2 × 750 + 380) ÷ 28 = 67.1%, 1130 ÷ 17 = 66.5% and (0.5 × 750 + 380) ÷ 11.5 = 65.7%.
        Assert.Equal(["67.1%", "66.5%", "65.7%"], doc.QuerySelectorAll("[data-testid=heatmap-table] tfoot td").Select(td => td.TextContent.Trim()));
        Assert.Equal(17, doc.QuerySelectorAll("#task-heatmap svg > g[transform]").Length);
        Assert.Equal(6, doc.QuerySelectorAll(".heatmap-legend li").Length);
    }

    [Fact]
    public async Task Wage_impact_is_the_expected_share_with_its_range_and_no_threshold()
    {
        using var reader = await Reader.ProThroughLocalCheckoutAsync(site);
        var doc = await reader.GetDocumentAsync(Url);

        // Mid level: 66.5% of the time (1130 ÷ 17, the task signal); pay $50,250 × 1130/17 = $33,401;
        // wage bill × 194,800 workers = $6.5 billion. No figure is the whole wage any more.
        var rows = Rows(doc, "[data-testid=wage-table] tbody tr");
        Assert.Equal("66.5%", rows["Mid"][0]);
        Assert.Equal("67.1%", rows["Entry"][0]);
        Assert.Equal("65.7%", rows["Senior"][0]);
        Assert.Equal("$33,401", rows["Mid"][4]);
        var range = rows["Mid"][1].Split('–').Select(x => double.Parse(x.TrimEnd('%'), CultureInfo.InvariantCulture)).ToArray();
        Assert.InRange(66.5, range[0], range[^1]);
        var share = doc.QuerySelector("[data-testid=wage-share]")!.TextContent;
        Assert.Contains("66.5% of a mid-level worker's time", share);
        var pay = doc.QuerySelector("#wage-impact")!.TextContent;
        Assert.Contains("$50,250", pay);
        Assert.Contains("$6.5 billion", pay);
        Assert.DoesNotContain("$9.8 billion", pay);
        Assert.Contains("AI applicability score", doc.QuerySelector("[data-testid=observed-use-beside]")!.TextContent);
        Assert.NotNull(doc.QuerySelector("[data-testid=wage-comparison]"));
    }

    [Fact]
    public async Task Every_pivot_shares_work_says_how_close_in_plain_words_and_what_carries_over()
    {
        using var reader = await Reader.ProThroughLocalCheckoutAsync(site);
        var doc = await reader.GetDocumentAsync(Url);
        var snapshot = site.Services.GetRequiredService<ReferenceStore>().Current;
        var origin = snapshot.ByCode("29-2072.00")!.Score.Overall!.Value;

        var paths = doc.QuerySelectorAll("[data-testid=pivot-list] > li").ToList();
        Assert.NotEmpty(paths);
        foreach (var path in paths)
        {
            var target = snapshot.BySlug(path.QuerySelector("h3 a")!.GetAttribute("href")!["/occupations/".Length..])!;
            Assert.True(target.Score.Overall < origin, target.Title);
            Assert.True(double.Parse(path.GetAttribute("data-overlap")!, CultureInfo.InvariantCulture) > 0);
            var closeness = path.QuerySelector(".pivot-closeness")!.TextContent;
            var shared = int.Parse(closeness.Split(": ")[1].Split(' ')[0], CultureInfo.InvariantCulture);
            Assert.True(shared > 0, closeness);
            Assert.Contains(snapshot.Model.Pro.Pivots.ClosenessWords, c => closeness.StartsWith(c.Words, StringComparison.Ordinal));
            Assert.NotEmpty(path.QuerySelectorAll("[data-testid=carry-over] li"));
        }
        var text = doc.QuerySelector("#pivot-paths")!.TextContent;
        Assert.DoesNotContain("Primary-Short", text);
        Assert.DoesNotContain("Primary-Long", text);
        Assert.DoesNotContain("Supplemental", text);
    }

    [Fact]
    public async Task Tool_recommendations_name_the_tasks_they_serve_and_what_the_worker_checks()
    {
        using var reader = await Reader.ProThroughLocalCheckoutAsync(site);
        var doc = await reader.GetDocumentAsync(Url);

        var tools = doc.QuerySelectorAll("[data-testid=tool-list] > li").ToList();
        var names = tools.Select(t => t.QuerySelector("h3")!.TextContent.Trim()).ToList();
        Assert.Contains("Autonomous medical coding", names);
        Assert.Contains("Speech-to-text transcription", names);
        Assert.All(tools, t =>
        {
            Assert.NotEmpty(t.QuerySelectorAll("[data-testid=tool-tasks] li"));
            Assert.Contains(t.QuerySelectorAll("p"), p => p.TextContent.StartsWith("What you still check: ", StringComparison.Ordinal));
        });
        Assert.Null(doc.QuerySelector("[data-testid=pro-cta]"));
    }

    [Fact]
    public void Every_generated_sentence_of_every_occupations_pro_sections_reads_cleanly()
    {
        var snapshot = site.Services.GetRequiredService<ReferenceStore>().Current;
        var figures = ProFigures.Of(snapshot);

        var failures = snapshot.Occupations
            .SelectMany(o => ProText.All(figures.For(o)).Select(t => (o.Code, Text: t)))
            .SelectMany(x => Sentence.Problems(x.Text).Select(p => $"{x.Code}: {p} in \"{x.Text}\""))
            .ToList();

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        // The checker itself catches the glitches it is for.
        Assert.NotEmpty(Sentence.Problems("Use computer software.; Consult staff."));
        Assert.NotEmpty(Sentence.Problems("Transcribe reports.."));
        Assert.NotEmpty(Sentence.Problems("Tasks such as"));
        Assert.NotEmpty(Sentence.Problems("Records, files and"));
        Assert.NotEmpty(Sentence.Problems("Records, files,"));
        Assert.Empty(Sentence.Problems("Pay of $9.8 billion (range 41.2%–63.5%)."));
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
}
