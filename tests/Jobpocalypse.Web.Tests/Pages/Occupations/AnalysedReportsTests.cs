using System.Net;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Pro;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Pages.Occupations;

/// <summary>
/// Every occupation with an editorial analysis renders it on the report page: each duty with its stance (the one its
/// computed score takes), score, rationale, quote with its source, and covered O*NET tasks; the tasks under no duty with
/// their reasons; and the date of the last review. The PDF's are checked in the walk over every occupation
/// (Sweeps/EveryOccupationTests).
/// </summary>
[Collection(SiteCollection.Name)]
public class AnalysedReportsTests(SiteFactory site)
{
    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;
    private IReadOnlyList<OccupationEntry> Analysed => Snapshot.Occupations.Where(o => o.HasAnalysis).ToList();

    [Fact]
    public async Task Every_analysed_report_shows_its_duties_stances_quotes_and_review_date()
    {
        Assert.NotEmpty(Analysed);
        using var client = site.CreateBrowserlessClient();
        foreach (var entry in Analysed)
        {
            using var response = await client.GetAsync(entry.Url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var doc = await SiteFactory.ParseAsync(response);
            var analysis = entry.Analysis!;

            Assert.Equal($"Analysis last reviewed {analysis.ReviewedText}.", doc.QuerySelector("[data-testid=analysis-reviewed]")!.TextContent.Trim());
            var items = doc.QuerySelectorAll("[data-testid=editorial-tasks] > li").ToList();
            Assert.Equal(entry.Editorial.Count, items.Count);
            foreach (var (li, duty) in items.Zip(entry.Editorial))
            {
                var stance = Snapshot.Model.StanceFor(duty.Feasibility);
                Assert.Equal(duty.Task.Stance, stance.Id); // what the editor declared is what the score takes
                Assert.Equal(duty.Task.Title, li.QuerySelector("h3")!.TextContent.Trim());
                Assert.Equal(stance.Label, li.QuerySelector("[data-testid=stance]")!.TextContent.Trim());
                Assert.Equal(Display.Score(duty.Feasibility), li.QuerySelector(".task-figures strong")!.TextContent.Trim());
                Assert.Equal(duty.Task.Rationale, li.QuerySelector("[data-testid=rationale]")!.TextContent.Trim());
                if (duty.Task.BlsEvidence is { } quote)
                {
                    Assert.Equal($"BLS evidence: BLS: “{quote}”", li.QuerySelector("blockquote.evidence")!.TextContent.Trim());
                    Assert.Equal(analysis.ProfileUrl, li.QuerySelector("[data-testid=evidence-source] a")!.GetAttribute("href"));
                }
                else
                {
                    Assert.Null(li.QuerySelector("blockquote.evidence"));
                }
                var covered = li.QuerySelectorAll("details li").Select(c => c.TextContent).ToList();
                Assert.Equal(duty.Covered.Count, covered.Count);
                Assert.All(duty.Covered.Zip(covered), p => Assert.StartsWith(p.First.Task.Text, p.Second.Trim()));
            }
            var notGrouped = doc.QuerySelectorAll("[data-testid=not-grouped] > li").Select(li => li.TextContent).ToList();
            Assert.Equal(analysis.NotGrouped.Count, notGrouped.Count);
            Assert.All(analysis.NotGrouped.Zip(notGrouped), p => Assert.EndsWith(p.First.Reason, p.Second.Trim()));
        }
    }
}
