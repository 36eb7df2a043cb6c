using System.Collections.Concurrent;
using System.Net;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Pages.Occupations;

/// <summary>
/// Every occupation's report, as a free reader gets it: it answers, it is well-formed for search engines, it carries the
/// Pro call to action but none of the Pro content, and it never contradicts itself (<see cref="ReportConsistency"/>).
/// </summary>
[Collection(SiteCollection.Name)]
public class AllReportsTests(SiteFactory site)
{
    // Sections and markers that only a Pro reader's page may contain.
    private static readonly string[] ProOnly = ["[data-pro]", "#task-heatmap", "#pivot-paths", "#wage-impact", "#ai-tools"];

    [Fact]
    public async Task Every_report_answers_with_one_h1_its_canonical_address_a_description_no_pro_content_and_no_contradiction()
    {
        var snapshot = site.Services.GetRequiredService<ReferenceStore>().Current;
        var occupations = snapshot.Occupations;
        var model = snapshot.Model;
        Assert.True(occupations.Count > 900, $"only {occupations.Count} occupations loaded");
        using var client = site.CreateBrowserlessClient();
        var failures = new ConcurrentBag<string>();
        var checkedCount = 0;

        // Eight at a time: enough to keep both cores busy without queueing hundreds of renders.
        await Parallel.ForEachAsync(occupations, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (entry, ct) =>
        {
            using var response = await client.GetAsync(entry.Url, ct);
            Interlocked.Increment(ref checkedCount);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{entry.Url}: {(int)response.StatusCode}");
                return;
            }
            var doc = await SiteFactory.ParseAsync(response);

            var h1 = doc.QuerySelectorAll("h1");
            if (h1.Length != 1 || h1[0].TextContent.Trim() != entry.Title)
                failures.Add($"{entry.Url}: {h1.Length} h1 ({string.Join(" | ", h1.Select(h => h.TextContent.Trim()))})");
            var canonical = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            if (canonical != "http://localhost" + entry.Url)
                failures.Add($"{entry.Url}: canonical {canonical ?? "missing"}");
            if (string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")))
                failures.Add($"{entry.Url}: no meta description");
            foreach (var selector in ProOnly)
            {
                if (doc.QuerySelector(selector) is not null) failures.Add($"{entry.Url}: has Pro-only {selector}");
            }
            var ctas = doc.QuerySelectorAll("[data-testid=pro-cta]").Length;
            if (ctas != 1) failures.Add($"{entry.Url}: {ctas} Pro calls to action");
            foreach (var problem in ReportConsistency.Problems(doc, entry, model)) failures.Add(problem);
        });

        Assert.Equal(occupations.Count, checkedCount);
        Assert.True(failures.IsEmpty, $"{failures.Count} problems, e.g.:\n" + string.Join("\n", failures.Take(20)));
    }
}
