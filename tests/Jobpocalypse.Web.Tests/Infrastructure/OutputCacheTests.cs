using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Dataset.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Infrastructure;

/// <summary>
/// Reports come from the output cache, and a new dataset version never gets the old version's pages, for anonymous
/// and signed-in readers alike.
/// "Served from the cache" is read from the Age header, which the output cache adds only to a stored response.
/// </summary>
[Collection(SiteCollection.Name)]
public class OutputCacheTests(SiteFactory site, OutputCacheTests.FixtureDataSiteFactory versioned) : IClassFixture<OutputCacheTests.FixtureDataSiteFactory>
{
    private const string Report = "/occupations/29-2072-medical-records-specialists";
    private const string Download = "/data/scores.csv";

    [Fact]
    public async Task Second_anonymous_get_is_the_same_body_from_the_cache()
    {
        // The cache varies by q, so a fresh q is an entry no earlier test can have filled.
        var path = $"{Report}?q={Guid.NewGuid():N}";
        using var client = site.CreateBrowserlessClient();

        using var first = await client.GetAsync(path);
        using var second = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_different_q_is_a_different_entry()
    {
        using var client = site.CreateBrowserlessClient();
        using var warm = await client.GetAsync($"{Report}?q={Guid.NewGuid():N}");

        using var other = await client.GetAsync($"{Report}?q={Guid.NewGuid():N}");

        Assert.Null(warm.Headers.Age);
        Assert.Null(other.Headers.Age);
    }

    [Fact]
    public async Task A_new_dataset_version_misses_the_old_entries_and_caches_under_its_own_key()
    {
        var store = versioned.Services.GetRequiredService<ReferenceStore>();
        var recorder = versioned.Services.GetRequiredService<RecordingOutputCacheStore>();
        using var client = versioned.CreateBrowserlessClient();
        using var reader = await Reader.SignedUpAsync(versioned);
        var before = store.Current;

        using (var fill = await client.GetAsync(Report)) Assert.Null(fill.Headers.Age);
        using (var hit = await client.GetAsync(Report)) Assert.NotNull(hit.Headers.Age);
        using (var fill = await reader.Client.GetAsync(Report)) Assert.Null(fill.Headers.Age);
        using (var hit = await reader.Client.GetAsync(Report)) Assert.NotNull(hit.Headers.Age);
        Assert.Contains(recorder.StoredKeys, k => k.Contains(Report, StringComparison.OrdinalIgnoreCase) && k.Contains(before.Version));
        Assert.Contains(before.Version, await client.GetStringAsync(Download));
        using (var hit = await client.GetAsync(Download)) Assert.NotNull(hit.Headers.Age);

        // Any change to an input file is a new version; a trailing newline leaves the editorial JSON's meaning alone.
        File.AppendAllText(Path.Combine(versioned.DataCopy, "editorial", "29-2072.00.json"), "\n", new UTF8Encoding(false));
        await store.LoadAsync(CancellationToken.None);
        var after = store.Current;
        Assert.NotEqual(before.Version, after.Version);

        using var miss = await client.GetAsync(Report);
        Assert.Null(miss.Headers.Age);
        var body = await miss.Content.ReadAsStringAsync();
        Assert.Contains(after.ShortVersion, body);
        Assert.DoesNotContain(before.ShortVersion, body);
        Assert.Contains(recorder.StoredKeys, k => k.Contains(Report, StringComparison.OrdinalIgnoreCase) && k.Contains(after.Version));
        using (var hit = await client.GetAsync(Report)) Assert.NotNull(hit.Headers.Age);
        // A signed-in reader's tier entry is keyed by the version too.
        using (var readerMiss = await reader.Client.GetAsync(Report))
        {
            Assert.Null(readerMiss.Headers.Age);
            var readerBody = await readerMiss.Content.ReadAsStringAsync();
            Assert.Contains(after.ShortVersion, readerBody);
            Assert.DoesNotContain(before.ShortVersion, readerBody);
        }

        // The downloads go through the same policy: the next CSV is computed from, and labelled with, the new version.
        using var csv = await client.GetAsync(Download);
        Assert.Null(csv.Headers.Age);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains(after.Version, text);
        Assert.DoesNotContain(before.Version, text);
    }

    /// <summary>
    /// A site on its own copy of a data folder (so a test may change an input and reload), whose output cache records
    /// the key of every entry it stores.
    /// </summary>
    public abstract class VersionedSiteFactory(string source) : SiteFactory
    {
        public string DataCopy { get; } = DatasetTestData.CopyDataTo(Directory.CreateTempSubdirectory("jobpocalypse-data-").FullName, source);

        // Its tests edit the data copy and rebuild: never the run's shared database.
        protected override bool UsesSharedReferenceDatabase => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Dataset:SourcePath", DataCopy);
            builder.ConfigureTestServices(services =>
            {
                var original = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
                services.Remove(original);
                services.AddSingleton(sp => new RecordingOutputCacheStore(original.ImplementationFactory is { } factory
                    ? (IOutputCacheStore)factory(sp)
                    : original.ImplementationInstance as IOutputCacheStore
                      ?? (IOutputCacheStore)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)));
                services.AddSingleton<IOutputCacheStore>(sp => sp.GetRequiredService<RecordingOutputCacheStore>());
            });
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            try { Directory.Delete(DataCopy, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>On the fixture dataset: what a new version does to the cache does not depend on the data's size.</summary>
    public sealed class FixtureDataSiteFactory() : VersionedSiteFactory(DatasetTestData.FixturePath);

    /// <summary>The app's own cache store, with the keys it was asked to store written down.</summary>
    public sealed class RecordingOutputCacheStore(IOutputCacheStore inner) : IOutputCacheStore
    {
        private readonly ConcurrentQueue<string> _keys = new();

        public IReadOnlyCollection<string> StoredKeys => _keys.ToArray();

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            _keys.Enqueue(key);
            return inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
    }
}
