using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Jobpocalypse.Web.Tests.Infrastructure;

namespace Jobpocalypse.Web.Tests.Pages.Compare;

/// <summary>/compare against the reports it compares: every figure it shows is read from each report's own page.</summary>
[Collection(SiteCollection.Name)]
public class ComparePageTests(SiteFactory site)
{
    private const string Coders = "/occupations/29-2072-medical-records-specialists";
    private const string Path = "/compare?o=29-2072&o=23-2011.00&o=43-4051";

    [Fact]
    public async Task Scores_levels_and_split_equal_each_report()
    {
        var doc = await site.GetDocumentAsync(Path);
        var reports = await ReportsAsync(doc);
        Assert.Equal(3, reports.Count);

        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            Assert.Equal(report.QuerySelector("[data-testid=overall-score]")!.FirstChild!.TextContent.Trim(), Cell(doc, "compare-scores", "Score", i));
            Assert.Equal(report.QuerySelector("[data-testid=band]")!.TextContent.Trim(), Cell(doc, "compare-scores", "Band", i));
            var split = report.QuerySelectorAll("[data-testid=score-split] strong").Select(s => s.TextContent.Trim()).ToList();
            Assert.Equal(split[0], Cell(doc, "compare-scores", "What AI can do (evidence only)", i));
            Assert.Equal(split[1], Cell(doc, "compare-scores", "Market adjustment (points)", i));
            foreach (var level in report.QuerySelectorAll("[data-testid=seniority-table] tbody tr"))
            {
                var name = level.QuerySelector("th")!.TextContent.Trim();
                Assert.Equal(level.QuerySelectorAll("td").Last().TextContent.Trim(), Cell(doc, "compare-scores", $"{name} level", i));
            }
        }
    }

    [Fact]
    public async Task Signals_top_tasks_and_bls_figures_equal_each_report()
    {
        var doc = await site.GetDocumentAsync(Path);
        var reports = await ReportsAsync(doc);

        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            var signals = report.QuerySelectorAll("[data-testid=signal-table] tbody tr, [data-testid=market-table] tbody tr").ToList();
            Assert.True(signals.Count >= 6);
            foreach (var row in signals)
                Assert.Equal(row.QuerySelectorAll("td")[0].TextContent.Trim(), Cell(doc, "compare-signals", FirstLine(row.QuerySelector("th")!), i));

            var tasks = report.QuerySelectorAll("[data-testid=task-table] tbody tr").Take(3).ToList();
            for (var t = 0; t < tasks.Count; t++)
            {
                var cells = tasks[t].QuerySelectorAll("td");
                var shown = Row(doc, "compare-tasks", $"Task {t + 1}").QuerySelectorAll("td")[i];
                Assert.Equal(FirstLine(cells[0]), FirstLine(shown));
                Assert.Contains($"contribution {cells[3].TextContent.Trim()} points", shown.TextContent);
            }

            foreach (var row in report.QuerySelectorAll("[data-testid=bls-table] tbody tr"))
            {
                var label = row.QuerySelector("th")!.TextContent.Trim();
                if (doc.QuerySelectorAll("[data-testid=compare-market] tbody th").Any(th => th.TextContent.Trim() == label))
                    Assert.Equal(row.QuerySelector("td")!.TextContent.Trim(), Cell(doc, "compare-market", label, i));
            }
        }
    }

    [Fact]
    public async Task Chart_draws_each_occupations_bars_and_titles_them()
    {
        var doc = await site.GetDocumentAsync(Path);

        var chart = doc.QuerySelector("svg[data-testid=compare-chart]")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        var texts = chart.QuerySelectorAll("text").Select(t => t.TextContent.Trim()).ToList();
        Assert.Contains("Medical Records Specialists", texts);
        Assert.Contains("Paralegals and Legal Assistants", texts);
        // Five bars per occupation (overall, what AI can do, three levels), each on a 0–100 track.
        Assert.Equal(3 * 5 * 2, chart.QuerySelectorAll("rect").Length);
        Assert.Contains(Cell(doc, "compare-scores", "Score", 0), texts);
    }

    [Theory]
    [InlineData("/compare", "2 to 4")]
    [InlineData("/compare?o=29-2072", "2 to 4")]
    [InlineData("/compare?o=29-2072&o=29-2072.00", "this one has 1")]
    [InlineData("/compare?o=29-2072&o=23-2011&o=43-4051&o=15-1252&o=11-1011", "this one has 5")]
    [InlineData("/compare?o=29-2072&o=99-9999", "No occupation has the code “99-9999”")]
    [InlineData("/compare?o=29-2072&o=%3Cscript%3E", "No occupation has the code")]
    [InlineData("/compare?o=29-2072&add=zzqqxxw", "No occupation matches")]
    public async Task Wrong_counts_and_unknown_codes_are_a_400_page_with_the_reason(string path, string message)
    {
        using var client = site.CreateBrowserlessClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await SiteFactory.ParseAsync(response);
        Assert.Contains(message, doc.QuerySelector("main")!.TextContent);
        Assert.Null(doc.QuerySelector("main script"));
    }

    [Fact]
    public async Task Duplicates_are_folded_and_the_order_kept()
    {
        var doc = await site.GetDocumentAsync("/compare?o=23-2011&o=29-2072&o=23-2011.00");

        var heads = doc.QuerySelectorAll("[data-testid=compare-occupations] > li > a:first-child").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/occupations/23-2011-paralegals-and-legal-assistants", Coders], heads);
    }

    [Fact]
    public async Task The_search_box_adds_an_occupation_and_redirects_to_the_comparisons_address()
    {
        using var client = site.CreateBrowserlessClient();
        using var response = await client.GetAsync("/compare?o=29-2072.00&add=paralegal");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/compare?o=29-2072.00&o=23-2011.00", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Adding_twice_through_the_form_keeps_the_readers_order()
    {
        using var client = site.CreateBrowserlessClient();
        using var first = await client.GetAsync("/compare?o=29-2072.00&add=paralegal");
        var page = await site.GetDocumentAsync(first.Headers.Location!.OriginalString);

        // The page's own form, as a browser would send it: its hidden o= fields in order, then the typed occupation.
        var form = page.QuerySelector("form[data-testid=compare-with]")!;
        var query = string.Join("&", form.QuerySelectorAll("input[type=hidden]").Select(i => "o=" + i.GetAttribute("value")));
        using var second = await client.GetAsync($"/compare?{query}&add={Uri.EscapeDataString("customer service representative")}");

        Assert.Equal("/compare?o=29-2072.00&o=23-2011.00&o=43-4051.00", second.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Each_comparison_is_its_own_page_when_cached()
    {
        var first = await site.GetDocumentAsync("/compare?o=29-2072&o=23-2011");
        var second = await site.GetDocumentAsync("/compare?o=29-2072&o=43-4051");

        Assert.Contains("Paralegals", first.QuerySelector("h1 + ul")!.TextContent);
        Assert.DoesNotContain("Paralegals", second.QuerySelector("h1 + ul")!.TextContent);

        // The same occupations in another order are another page: the reader's order is kept.
        var swapped = await site.GetDocumentAsync("/compare?o=23-2011&o=29-2072");
        Assert.StartsWith("Paralegals", swapped.QuerySelector("h1 + ul > li > a")!.TextContent);
        Assert.StartsWith("Medical", first.QuerySelector("h1 + ul > li > a")!.TextContent);
    }

    [Fact]
    public async Task Reports_and_category_pages_lead_to_compare()
    {
        var report = await site.GetDocumentAsync(Coders);
        var form = report.QuerySelector("form[data-testid=compare-with]")!;
        Assert.Equal("/compare", form.GetAttribute("action"));
        Assert.Equal("29-2072.00", form.QuerySelector("input[type=hidden][name=o]")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("input[name=add]"));

        var category = await site.GetDocumentAsync("/categories/legal");
        var ticks = category.QuerySelectorAll("form[action='/compare'] [data-testid=category-occupations] input[type=checkbox][name=o]");
        Assert.Equal(category.QuerySelectorAll("[data-testid=category-occupations] > li").Length, ticks.Length);
    }

    private async Task<List<IHtmlDocument>> ReportsAsync(IHtmlDocument compare)
    {
        var links = compare.QuerySelectorAll("[data-testid=compare-occupations] > li > a:first-child").Select(a => a.GetAttribute("href")!).ToList();
        var reports = new List<IHtmlDocument>();
        foreach (var link in links) reports.Add(await site.GetDocumentAsync(link));
        return reports;
    }

    private static IElement Row(IHtmlDocument doc, string table, string label) =>
        doc.QuerySelectorAll($"[data-testid={table}] tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == label);

    private static string Cell(IHtmlDocument doc, string table, string label, int occupation) =>
        Row(doc, table, label).QuerySelectorAll("td")[occupation].TextContent.Trim();

    /// <summary>A cell's text before its note (the note follows a line break).</summary>
    private static string FirstLine(IElement cell) => cell.ChildNodes.TakeWhile(n => n.NodeName != "BR").Select(n => n.TextContent).Aggregate("", string.Concat).Trim();
}
