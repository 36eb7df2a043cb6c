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
    public void Ranks_the_exact_alternate_title_first_and_keeps_the_best_row_per_occupation()
    {
        var results = Search.Search("medical coder");

        Assert.Equal("29-2072.00", results.Hits[0].Entry.Code);
        Assert.Equal(SearchMatch.Alternate, results.Hits[0].Match);
        Assert.Equal("Medical Coder", results.Hits[0].MatchedTitle);
        Assert.True(results.Hits[0].Exact);
        Assert.Equal(results.Hits.Count, results.Hits.Select(h => h.Entry.Code).Distinct().Count());
    }

    [Fact]
    public void Every_occupation_is_found_first_by_its_own_title()
    {
        // The general form of the ranking rule: an occupation's exact title puts that occupation first.
        var misses = new List<string>();
        foreach (var entry in Store.Current.Occupations)
        {
            var results = Search.Search(entry.Title);
            if (results.Hits.Count == 0 || results.Hits[0].Entry.Code != entry.Code) misses.Add(entry.Code + " " + entry.Title);
        }
        Assert.Empty(misses);
    }

    [Fact]
    public void Caps_results_at_fifty_and_counts_them_all()
    {
        var results = Search.Search("operators");

        Assert.Equal(OccupationSearch.MaxResults, results.Hits.Count);
        Assert.True(results.Total > OccupationSearch.MaxResults);
        Assert.True(results.IsTruncated);
    }

    [Fact]
    public void Random_input_never_throws()
    {
        var random = new Random(20261126);
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 \"'*^:()[]{}+-.,;!?%&|\\/<>=~`@#$ANDORNOTNEAR\t\n\u00e9\u00df\u0301";
        for (var i = 0; i < 300; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, OccupationSearch.MaxQueryLength + 1))
                .Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var results = Search.Search(text);
            Assert.True(results.Hits.Count <= OccupationSearch.MaxResults);
        }
    }

    [Fact]
    public void Over_long_input_is_refused_before_any_query()
    {
        Assert.Throws<ArgumentException>(() => Search.Search(new string('a', 201)));
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
    public async Task Catalogue_is_kept_with_its_snapshot_and_a_new_snapshot_reads_its_own()
    {
        var snapshot = Store.Current;

        var first = SearchCatalog.Of(snapshot, Store.DatabasePath);
        var second = SearchCatalog.Of(snapshot, Store.DatabasePath);

        Assert.Same(first, second);
        Assert.Equal(snapshot.Version, first.Version);
        // A reload of the same database is another snapshot: its derived data starts afresh.
        var reloaded = await ReferenceLoader.LoadAsync(Store.DatabasePath, snapshot.Model, CancellationToken.None);
        Assert.NotSame(first, SearchCatalog.Of(reloaded, Store.DatabasePath));
        await using var db = new SqliteConnection(ReferenceDatabase.ReadOnlyConnectionString(Store.DatabasePath));
        Assert.Equal(await db.ExecuteScalarAsync<long>("SELECT count(*) FROM search_vocabulary"), first.Vocabulary.Count);
    }

    [Fact]
    public void A_catalogue_is_never_read_from_a_database_of_another_version()
    {
        Assert.Throws<InvalidOperationException>(() => SearchCatalog.Load(Store.DatabasePath, "another version"));
    }
}
