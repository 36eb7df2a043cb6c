using Dapper;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Search;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Search;

/// <summary>The search service on the site's real reference database.</summary>
[Collection(SiteCollection.Name)]
public class OccupationSearchTests(SiteFactory site)
{
    private OccupationSearch Search => site.Services.GetRequiredService<OccupationSearch>();
    private ReferenceStore Store => site.Services.GetRequiredService<ReferenceStore>();

    [Fact]
    public async Task Ranks_the_exact_alternate_title_first_and_keeps_the_best_row_per_occupation()
    {
        var results = await Search.SearchAsync("medical coder", CancellationToken.None);

        Assert.Equal("29-2072.00", results.Hits[0].Entry.Code);
        Assert.Equal(SearchMatch.Alternate, results.Hits[0].Match);
        Assert.Equal("Medical Coder", results.Hits[0].MatchedTitle);
        Assert.True(results.Hits[0].Exact);
        Assert.Equal(results.Hits.Count, results.Hits.Select(h => h.Entry.Code).Distinct().Count());
    }

    [Fact]
    public async Task Every_occupation_is_found_first_by_its_own_title()
    {
        // The general form of the ranking rule: an occupation's exact title puts that occupation first.
        var misses = new List<string>();
        foreach (var entry in Store.Current.Occupations)
        {
            var results = await Search.SearchAsync(entry.Title, CancellationToken.None);
            if (results.Hits.Count == 0 || results.Hits[0].Entry.Code != entry.Code) misses.Add(entry.Code + " " + entry.Title);
        }
        Assert.Empty(misses);
    }

    [Fact]
    public async Task Caps_results_at_fifty_and_counts_them_all()
    {
        var results = await Search.SearchAsync("operators", CancellationToken.None);

        Assert.Equal(OccupationSearch.MaxResults, results.Hits.Count);
        Assert.True(results.Total > OccupationSearch.MaxResults);
        Assert.True(results.IsTruncated);
    }

    [Fact]
    public async Task Random_input_never_throws()
    {
        var random = new Random(20261126);
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 \"'*^:()[]{}+-.,;!?%&|\\/<>=~`@#$ANDORNOTNEAR\t\n\u00e9\u00df\u0301";
        for (var i = 0; i < 300; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, OccupationSearch.MaxQueryLength + 1))
                .Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var results = await Search.SearchAsync(text, CancellationToken.None);
            Assert.True(results.Hits.Count <= OccupationSearch.MaxResults);
        }
    }

    [Fact]
    public async Task Over_long_input_is_refused_before_any_query()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Search.SearchAsync(new string('a', 201), CancellationToken.None));
    }

    [Theory]
    [InlineData("29-2072", "29-2072.00")]
    [InlineData("29-2072.00", "29-2072.00")]
    [InlineData("11-1011.03", "11-1011.03")]
    public void Finds_an_occupation_by_code(string query, string code)
    {
        Assert.Equal(code, Search.FindByCode(query)!.Code);
    }

    [Theory]
    [InlineData("99-9999")]
    [InlineData("29-2072 medical")]
    [InlineData("292072")]
    public void Other_text_is_not_a_code(string query)
    {
        Assert.Null(Search.FindByCode(query));
    }

    [Fact]
    public async Task Catalogue_is_loaded_once_per_dataset_version()
    {
        var cache = site.Services.GetRequiredService<SearchCatalogCache>();
        var version = Store.Current.Version;

        var first = await cache.GetAsync(version, CancellationToken.None);
        var second = await cache.GetAsync(version, CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(version, first.Version);
        var other = await cache.GetAsync("another version", CancellationToken.None);
        Assert.NotSame(first, other);
        Assert.Equal("another version", other.Version);
        await using var db = new SqliteConnection(ReferenceDatabase.ReadOnlyConnectionString(Store.DatabasePath));
        Assert.Equal(await db.ExecuteScalarAsync<long>("SELECT count(*) FROM search_vocabulary"), first.Vocabulary.Count);
    }
}
