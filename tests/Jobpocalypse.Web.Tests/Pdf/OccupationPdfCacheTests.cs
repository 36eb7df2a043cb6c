using Jobpocalypse.Web.Pdf;
using Jobpocalypse.Web.Pro;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jobpocalypse.Web.Tests.Pdf;

/// <summary>The PDF cache: one rendering per occupation on its snapshot; a new snapshot (a dataset swap) is rendered anew.</summary>
[Collection(SiteCollection.Name)]
public class OccupationPdfCacheTests(SiteFactory site)
{
    [Fact]
    public void Same_occupation_and_version_is_served_from_the_cache_and_a_new_version_renders_anew()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.Zero));
        var cache = new OccupationPdfCache(new OccupationPdf(time));
        // A snapshot of its own: the site's may already hold PDFs rendered by other tests at other times.
        var current = site.Services.GetRequiredService<ReferenceStore>().Current;
        var snapshot = new ReferenceSnapshot("c0ffee" + current.Version, current.BuiltAt, current.Model, current.Population,
            current.Categories, current.Occupations, current.Tools);
        var entry = snapshot.ByCode("29-2072.00")!;
        // The same data under another version, as a dataset refresh would load it.
        var refreshed = new ReferenceSnapshot("f00dcafe" + snapshot.Version, snapshot.BuiltAt, snapshot.Model, snapshot.Population,
            snapshot.Categories, snapshot.Occupations, snapshot.Tools);

        var first = cache.Get(entry, snapshot);
        time.Advance(TimeSpan.FromDays(1));
        var again = cache.Get(entry, snapshot);
        var afterRefresh = cache.Get(refreshed.ByCode("29-2072.00")!, refreshed);
        var other = cache.Get(snapshot.ByCode("29-1141.00")!, snapshot);

        Assert.Same(first, again);
        Assert.NotSame(first, afterRefresh);
        var refreshedText = PdfText.Read(afterRefresh);
        Assert.Contains($"dataset {refreshed.ShortVersion} · generated 2026-03-15 UTC", refreshedText.Pages[0].Lines[^1]);
        Assert.DoesNotContain(snapshot.ShortVersion, refreshedText.Squashed);
        Assert.Contains($"dataset {snapshot.ShortVersion} · generated 2026-03-14 UTC", PdfText.Read(again).Pages[0].Lines[^1]);
        Assert.Contains("Registered Nurses", PdfText.Read(other).Pages[0].Lines);
    }

    [Fact]
    public void The_cache_holds_no_more_bytes_than_its_bound()
    {
        var renderer = new OccupationPdf(TimeProvider.System);
        // A snapshot of its own, so its PDFs are held under this test's bound (the first cache to ask sets it).
        var current = site.Services.GetRequiredService<ReferenceStore>().Current;
        var snapshot = new ReferenceSnapshot("b0und" + current.Version, current.BuiltAt, current.Model, current.Population,
            current.Categories, current.Occupations, current.Tools);
        const long bound = 300 * 1024; // room for two or three reports of 80–130 KB
        var cache = new OccupationPdfCache(renderer, bound);

        var sizes = snapshot.Occupations.Take(10).Select(o => cache.Get(o, snapshot).Length).ToList();

        Assert.All(sizes, size => Assert.InRange(size, 60 * 1024, 130 * 1024));
        Assert.InRange(cache.Count(snapshot), 1, (int)(bound / sizes.Min()));
    }
}
