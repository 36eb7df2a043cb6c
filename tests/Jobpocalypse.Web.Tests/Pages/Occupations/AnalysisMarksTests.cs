using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Pages.Occupations;

/// <summary>Where readers browse (home, category pages, A–Z), the occupations with a full editorial analysis are marked.</summary>
[Collection(SiteCollection.Name)]
public class AnalysisMarksTests(SiteFactory site)
{
    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;
    private List<string> AnalysedUrls => Snapshot.Occupations.Where(o => o.HasAnalysis).Select(o => o.Url).ToList();

    [Fact]
    public async Task Home_lists_every_analysed_occupation_a_to_z()
    {
        var doc = await site.GetDocumentAsync("/");

        var links = doc.QuerySelectorAll("[data-testid=analysed] a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(AnalysedUrls, links);
        Assert.StartsWith($"{AnalysedUrls.Count} occupation", doc.QuerySelector("[data-testid=analysed-lede]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Category_pages_mark_exactly_the_analysed_occupations_and_count_them()
    {
        foreach (var category in Snapshot.Categories)
        {
            var doc = await site.GetDocumentAsync($"/categories/{category.Slug}");
            var marked = doc.QuerySelectorAll("[data-testid=category-occupations] > li")
                .Where(li => li.QuerySelector("[data-testid=analysis-mark]") is not null)
                .Select(li => li.QuerySelector("a")!.GetAttribute("href")!).Order(StringComparer.Ordinal).ToList();
            var expected = Snapshot.InCategory(category.Code).Where(o => o.HasAnalysis).Select(o => o.Url).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, marked);
            var count = doc.QuerySelector("[data-testid=analysed-count]");
            if (expected.Count == 0) Assert.Null(count);
            else Assert.StartsWith($"{expected.Count} of these occupations", count!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task A_to_z_marks_exactly_the_analysed_occupations()
    {
        var doc = await site.GetDocumentAsync("/occupations");

        var marked = doc.QuerySelectorAll("section.az-group li")
            .Where(li => li.QuerySelector("[data-testid=analysis-mark]") is not null)
            .Select(li => li.QuerySelector("a")!.GetAttribute("href")!).ToList();
        Assert.Equal(AnalysedUrls.Order(StringComparer.Ordinal), marked.Order(StringComparer.Ordinal));
        var note = string.Join(" ", doc.QuerySelector("[data-testid=analysed-note]")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{AnalysedUrls.Count} {(AnalysedUrls.Count == 1 ? "report has" : "reports have")} a full editorial task analysis", note);
    }

    [Fact]
    public async Task Methodology_states_the_stance_rule_and_the_limits_of_the_model()
    {
        var model = ScoringModel.Default;
        var doc = await site.GetDocumentAsync("/methodology");

        var rows = doc.QuerySelectorAll("[data-testid=editorial-stances] tbody tr")
            .Select(r => (r.QuerySelector("th")!.TextContent.Trim(), r.QuerySelector("td")!.TextContent.Trim())).ToList();
        Assert.Equal(model.EditorialStances.Select(s => (s.Label, s.Min.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append((model.EditorialNotRated.Label, "no rated task")), rows);
        var rules = doc.QuerySelector("[data-testid=editorial-rules]")!.TextContent;
        var l = model.EditorialLimits;
        Assert.Contains($"{l.MinDuties} to {l.MaxDuties} duties", rules);
        Assert.Contains($"{l.MinRationaleWords} to {l.MaxRationaleWords} words", rules);
        Assert.Contains("no vendor or product names", rules);
        Assert.NotNull(doc.QuerySelector("nav a[href='#editorial']"));
    }
}
