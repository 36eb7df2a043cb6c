using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Reference;

/// <summary>
/// A refresh swaps datasets under load: every reader gets a whole page of one version or the other. On the real data,
/// so the rebuild lasts long enough for the readers to be in flight through it.
/// </summary>
public class DatasetRefreshTests(DatasetRefreshTests.RealDataSiteFactory site) : IClassFixture<DatasetRefreshTests.RealDataSiteFactory>
{
    /// <summary>On a copy of the real data/, whose rebuild takes long enough to be read through.</summary>
    public sealed class RealDataSiteFactory() : OutputCacheTests.VersionedSiteFactory(DatasetTestData.DataFolderPath);

    private static readonly string[] Paths =
    [
        "/occupations/29-2072-medical-records-specialists",
        "/search?q=medical+coder",
        "/categories/healthcare-practitioners-and-technical",
        "/data/scores.csv",
    ];

    [Fact]
    public async Task Readers_in_flight_see_the_old_or_the_new_dataset_never_an_error()
    {
        var store = site.Services.GetRequiredService<ReferenceStore>();
        var refresher = site.Services.GetRequiredService<DatasetRefreshOnSignal>();
        var before = store.Current;
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var versionsSeen = new ConcurrentBag<string>();
        // Bounded, whatever happens; the readers normally stop 20 pages after the refresh. Generous, as the bound covers
        // the refresh too: with the suite beside it on two cores a rebuild has taken nearly 30 s, and a bound reached
        // before the readers saw the new version failed the test for no fault of the site.
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));

        var refreshed = new TaskCompletionSource();
        // Pages answered while the rebuild and swap ran: the readers must have been in flight through it.
        var refreshing = false;
        var readDuringRefresh = 0;

        // Each reader keeps going until the refresh is done, then reads 20 more pages; the token bounds it all.
        async Task Reader(int worker)
        {
            using var client = site.CreateBrowserlessClient();
            int after = 0;
            for (int i = 0; after < 20 && !stop.IsCancellationRequested; i++)
            {
                if (refreshed.Task.IsCompleted) after++;
                using var response = await client.GetAsync(Paths[(worker + i) % Paths.Length]);
                if (Volatile.Read(ref refreshing)) Interlocked.Increment(ref readDuringRefresh);
                statuses.Add(response.StatusCode);
                var body = await response.Content.ReadAsStringAsync();
                versionsSeen.Add(body.Contains(before.ShortVersion) ? "old" : "new");
            }
        }

        var readers = Enumerable.Range(0, 4).Select(Reader).ToList();
        await Task.Delay(200);
        File.AppendAllText(Path.Combine(site.DataCopy, "editorial", "29-2072.00.json"), "\n", new UTF8Encoding(false));
        Volatile.Write(ref refreshing, true);
        await refresher.RefreshAsync(stop.Token);
        Volatile.Write(ref refreshing, false);
        refreshed.SetResult();
        await Task.WhenAll(readers);

        Assert.NotEqual(before.Version, store.Current.Version);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        // Counted, not timed: how many pages fit into a refresh depends on the machine, so neither bound is a speed.
        Assert.True(readDuringRefresh >= 4, $"only {readDuringRefresh} pages were answered during the refresh");
        Assert.True(statuses.Count >= 4 * 20, $"only {statuses.Count} requests ran");
        Assert.Contains("new", versionsSeen);
        using var client = site.CreateBrowserlessClient();
        Assert.Contains(store.Current.ShortVersion, await client.GetStringAsync(Paths[0]));
    }

    [Fact]
    public async Task A_refresh_with_unchanged_inputs_keeps_the_same_snapshot()
    {
        var store = site.Services.GetRequiredService<ReferenceStore>();
        var before = store.Current;

        await site.Services.GetRequiredService<DatasetRefreshOnSignal>().RefreshAsync(CancellationToken.None);

        Assert.Same(before, store.Current);
    }
}
