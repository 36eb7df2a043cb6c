using System.Collections.Concurrent;
using System.Net;
using Jobpocalypse.Web.Pdf;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Sweeps;

/// <summary>
/// The one walk over every occupation: its report as an anonymous reader, a signed-in free reader and a Pro reader get
/// it, and its PDF (an analysed occupation's with its duties), each checked by <see cref="ReportPageChecks"/> and <see cref="PdfChecks"/>. One walk, so the
/// all-occupation checks cost one pass of the run rather than one per feature.
/// </summary>
/// <remarks>
/// A host of its own rather than the local-checkout collection's: the walk is the run's longest test, and a collection
/// of its own starts with the run instead of after the collection's other classes.
/// </remarks>
public class EveryOccupationTests(LocalCheckoutSiteFactory site) : IClassFixture<LocalCheckoutSiteFactory>
{
    [Fact]
    public async Task Every_occupation_reads_cleanly_to_every_kind_of_reader_and_in_its_pdf()
    {
        var snapshot = site.Services.GetRequiredService<ReferenceStore>().Current;
        Assert.True(snapshot.Occupations.Count > 900, $"only {snapshot.Occupations.Count} occupations loaded");
        using var anonymous = site.CreateBrowserlessClient();
        using var free = await Reader.SignedUpAsync(site);
        using var pro = await Reader.ProThroughLocalCheckoutAsync(site);
        var renderer = new OccupationPdf(TimeProvider.System);
        var failures = new ConcurrentBag<string>();
        var walked = 0;

        // Four at a time: enough to keep both cores busy without queueing hundreds of renders.
        await Parallel.ForEachAsync(snapshot.Occupations, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (entry, ct) =>
        {
            try
            {
                // Pro first, then free, then anonymous: every page is output-cached per tier, so a key that mixed
                // tiers would hand the Pro page to the readers after it, and their checks would fail.
                foreach (var p in ReportPageChecks.Pro(await pro.GetDocumentAsync(entry.Url), entry)) failures.Add(p);
                foreach (var p in ReportPageChecks.Free(await free.GetDocumentAsync(entry.Url), entry)) failures.Add(p);

                using var response = await anonymous.GetAsync(entry.Url, ct);
                if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{entry.Url}: {(int)response.StatusCode}");
                else foreach (var p in ReportPageChecks.Anonymous(await SiteFactory.ParseAsync(response), entry, snapshot.Model)) failures.Add(p);
                foreach (var p in PdfChecks.Problems(renderer.Render(entry, snapshot), entry, snapshot.Model)) failures.Add(p);
            }
            catch (Exception ex)
            {
                failures.Add($"{entry.Code}: {ex.GetType().Name}: {ex.Message}");
            }
            Interlocked.Increment(ref walked);
        });

        Assert.Equal(snapshot.Occupations.Count, walked);
        Assert.True(failures.IsEmpty, $"{failures.Count} problems, e.g.:\n" + string.Join("\n", failures.Order().Take(20)));
    }
}
