using System.Text.RegularExpressions;
using Dapper;
using Jobpocalypse.Web.Dataset;
using Jobpocalypse.Web.Reference;
using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Web.Search;

/// <summary>
/// Finds occupations by title and alternate title through the reference database's FTS5 table: one query per
/// search, every word required, ranked by bm25 with a bonus for the occupation's own title.
/// </summary>
public sealed partial class OccupationSearch(ReferenceStore store, VocabularyCache vocabularies)
{
    public const int MaxQueryLength = 200;
    public const int MaxResults = 50;

    /// <summary>
    /// The kind bonus: a title row's bm25 counts this many times (bm25 is negative, lower is better). Scaling rather
    /// than adding a constant keeps the bonus in proportion to the query, whose bm25 grows with its word count and
    /// rarity; at 2 the occupation's own title beats an alternate title matching the same words, even one a few
    /// words shorter, and an exact alternate ("Medical Coder") still wins when no title has all the words.
    /// </summary>
    public const double TitleWeight = 2.0;

    /// <summary>The occupation whose O*NET-SOC or SOC code is the whole query ("29-2072", "29-2072.00", "11-1011.03").</summary>
    public OccupationEntry? FindByCode(string query)
    {
        var match = CodePattern().Match(query.Trim());
        if (!match.Success) return null;
        var code = match.Groups["code"].Value + (match.Groups["suffix"].Success ? match.Groups["suffix"].Value : ".00");
        return store.Current.ByCode(code);
    }

    public static bool IsCodeShaped(string query) => CodePattern().IsMatch(query.Trim());

    public async Task<SearchResults> SearchAsync(string text, CancellationToken ct)
    {
        if (text.Length > MaxQueryLength)
            throw new ArgumentException($"A search is at most {MaxQueryLength} characters.", nameof(text));

        var snapshot = store.Current;
        var vocabulary = await vocabularies.GetAsync(snapshot.Version, ct);
        var query = SearchQuery.Parse(text, vocabulary);
        if (query.IsEmpty) return new SearchResults(query, [], 0);

        await using var db = new SqliteConnection(ReferenceDatabase.ReadOnlyConnectionString(store.DatabasePath));
        await db.OpenAsync(ct);
        // Best row per occupation (rank, then the shorter title), then occupations by that rank; an occupation
        // with more matching rows goes first among equals. Total counts the occupations before the limit.
        var rows = await db.QueryAsync<SearchRow>(new CommandDefinition("""
            WITH hits AS (
                SELECT occupation_code, kind, title,
                       bm25(search_titles) * CASE kind WHEN @TitleKind THEN @TitleWeight ELSE 1.0 END AS rank
                FROM search_titles
                WHERE search_titles MATCH @Match
            ), best AS (
                SELECT occupation_code, kind, title, rank,
                       count(*) OVER (PARTITION BY occupation_code) AS matches,
                       row_number() OVER (PARTITION BY occupation_code ORDER BY rank, length(title), title) AS pick
                FROM hits
            )
            SELECT occupation_code AS OccupationCode, kind AS Kind, title AS Title, rank AS Rank,
                   matches AS Matches, count(*) OVER () AS Total
            FROM best
            WHERE pick = 1
            ORDER BY rank, matches DESC, occupation_code
            LIMIT @Limit
            """,
            new { Match = query.ToFtsExpression(), TitleKind = SearchIndex.TitleKind, TitleWeight, Limit = MaxResults },
            cancellationToken: ct));

        var hits = new List<SearchHit>();
        var total = 0;
        foreach (var row in rows)
        {
            total = (int)row.Total;
            // Rows of a database newer than the snapshot (mid-refresh) have no entry yet; they are left out.
            if (snapshot.ByCode(row.OccupationCode) is not { } entry) continue;
            hits.Add(new SearchHit(entry, row.Kind == SearchIndex.TitleKind ? null : row.Title, row.Rank));
        }
        return new SearchResults(query, hits, Math.Max(total, hits.Count));
    }

    [GeneratedRegex(@"^(?<code>\d{2}-\d{4})(?<suffix>\.\d{2})?$")]
    private static partial Regex CodePattern();

    private sealed class SearchRow
    {
        public string OccupationCode { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Title { get; init; } = "";
        public double Rank { get; init; }
        public long Matches { get; init; }
        public long Total { get; init; }
    }
}
