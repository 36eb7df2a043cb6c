using System.Text.RegularExpressions;
using Dapper;
using Jobpocalypse.Web.Dataset;
using Jobpocalypse.Web.Reference;
using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Web.Search;

/// <summary>
/// Finds occupations by title, alternate title and curated synonym. Ranking, in tiers: the occupation whose own title
/// is the query; then the occupations our synonyms file names for it; then the close matches — the query is an O*NET
/// alternate title, or every word of it is in the occupation's own title — those sharing more words with their own
/// title first, exact alternates before titles that merely contain the words, then the larger job (BLS 2024 employment),
/// so that a broad word such as "teacher" leads to the common job; then every other occupation with all the words in
/// some title (FTS5, one query), by relevance with size as a prior.
/// </summary>
public sealed partial class OccupationSearch(ReferenceStore store, SearchCatalogCache catalogs)
{
    public const int MaxQueryLength = 200;
    public const int MaxResults = 50;
    public const int MaxSuggestions = 5;

    /// <summary>
    /// The kind bonus for partial matches: a title row's bm25 counts this many times (bm25 is negative, lower is
    /// better), so that the occupation's own title beats an alternate title matching the same words.
    /// </summary>
    public const double TitleWeight = 2.0;

    /// <summary>
    /// How much size counts among partial matches: relevance is scaled to 0–1 (the best match is 1) and the prior
    /// log10(1 + employment in thousands) / 4 adds up to this much; 0.5 lets a job 100 times larger overtake a
    /// match about a quarter less relevant, and never a much better one.
    /// </summary>
    public const double PriorWeight = 0.5;

    private enum Tier { OwnTitle, Synonym, Close, Partial }

    /// <summary>Sorted by tier, then exact before not, then Overlap (more first), then Order (lower first).</summary>
    private sealed record Candidate(string Code, Tier Tier, double Order, SearchMatch Match, string Title, string? Why,
        int Overlap = 0, bool Exact = true)
    {
        public (Tier, bool, int, double) SortKey => (Tier, !Exact, -Overlap, Order);
    }

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
        var catalog = await catalogs.GetAsync(snapshot.Version, ct);
        var query = SearchQuery.Parse(text, catalog.Vocabulary);
        if (query.IsEmpty) return new SearchResults(query, [], 0, SearchSuggestions.None);

        await using var db = new SqliteConnection(ReferenceDatabase.ReadOnlyConnectionString(store.DatabasePath));
        await db.OpenAsync(ct);
        var candidates = await CollectAsync(db, query, catalog, snapshot, ct);
        IReadOnlyList<string> leftOut = [];
        // Nothing has every word, and some words are in no title at all ("walmart cashier"): search without those.
        if (candidates.Count == 0 && query.Unknown(catalog.Vocabulary) is { Count: > 0 } unknown && unknown.Count < query.Terms.Count)
        {
            leftOut = unknown;
            query = query.Without(unknown);
            candidates = await CollectAsync(db, query, catalog, snapshot, ct);
        }

        var ranked = candidates.Values.OrderBy(c => c.SortKey).ThenBy(c => c.Code, StringComparer.Ordinal);
        var hits = new List<SearchHit>();
        foreach (var c in ranked)
        {
            if (hits.Count == MaxResults) break;
            // Rows of a database newer than the snapshot (mid-refresh) have no entry yet; they are left out.
            if (snapshot.ByCode(c.Code) is not { } entry) continue;
            hits.Add(new SearchHit(entry, c.Match, c.Title, c.Tier != Tier.Partial && c.Exact, c.Why));
        }
        var suggestions = hits.Count == 0 ? await SuggestAsync(db, text, query, catalog, snapshot, ct) : SearchSuggestions.None;
        return new SearchResults(query, hits, Math.Max(candidates.Count, hits.Count), suggestions, leftOut);
    }

    /// <summary>Every occupation the query finds, each with its best candidate row (lowest sort key).</summary>
    private static async Task<Dictionary<string, Candidate>> CollectAsync(SqliteConnection db, SearchQuery query, SearchCatalog catalog,
        ReferenceSnapshot snapshot, CancellationToken ct)
    {
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        void Offer(Candidate c)
        {
            if (!candidates.TryGetValue(c.Code, out var held) || c.SortKey.CompareTo(held.SortKey) < 0)
                candidates[c.Code] = c;
        }

        foreach (var key in query.ExactKeys())
        {
            foreach (var s in catalog.Synonyms(key))
                Offer(new Candidate(s.OccupationCode, Tier.Synonym, s.Position, SearchMatch.Synonym, s.Term, s.Why));
            foreach (var t in catalog.ExactTitles(key))
            {
                // Among exact alternate titles, an occupation whose own title shares the words is the closer match
                // ("substitute teacher": Substitute Teachers before Secondary School Teachers); then the larger job.
                var own = t.Kind == SearchIndex.TitleKind;
                Offer(new Candidate(t.OccupationCode, own ? Tier.OwnTitle : Tier.Close, -catalog.Employment(t.OccupationCode),
                    own ? SearchMatch.Title : SearchMatch.Alternate, t.Title, null, own ? 0 : catalog.TitleOverlap(t.OccupationCode, key)));
            }
            // The query is the name at the head of an own title ("substitute teacher" for "Substitute Teachers, Short-Term").
            foreach (var code in catalog.HeadMatches(key))
            {
                if (snapshot.ByCode(code) is { } headed)
                    Offer(new Candidate(code, Tier.Close, -catalog.Employment(code), SearchMatch.Title, headed.Title, null, key.Split(' ').Length));
            }
        }

        var keys = query.ExactKeys();
        foreach (var c in await PartialMatchesAsync(db, query.ToFtsExpression(), catalog, ct))
        {
            Offer(c);
            // An own title holding every word of the query ("Substitute Teachers, Short-Term") is a close match too.
            var overlap = keys.Where(k => catalog.TitleOverlap(c.Code, k) == k.Split(' ').Length).Select(k => k.Split(' ').Length).DefaultIfEmpty(0).Max();
            if (overlap > 0 && snapshot.ByCode(c.Code) is { } own)
                Offer(new Candidate(c.Code, Tier.Close, -catalog.Employment(c.Code), SearchMatch.Title, own.Title, null, overlap, Exact: false));
        }

        return candidates;
    }


    /// <summary>
    /// The best row per occupation for an FTS5 expression, scored: relevance (bm25, own title weighted) scaled so the
    /// best is 1, plus the size prior. Order is the negated score, so that lower sorts first as in the other tiers.
    /// </summary>
    private static async Task<List<Candidate>> PartialMatchesAsync(SqliteConnection db, string match, SearchCatalog catalog,
        CancellationToken ct)
    {
        var rows = (await db.QueryAsync<FtsRow>(new CommandDefinition("""
            WITH hits AS (
                SELECT occupation_code, kind, title,
                       bm25(search_titles) * CASE kind WHEN @TitleKind THEN @TitleWeight ELSE 1.0 END AS rank
                FROM search_titles
                WHERE search_titles MATCH @Match
            ), best AS (
                SELECT occupation_code, kind, title, rank,
                       row_number() OVER (PARTITION BY occupation_code ORDER BY rank, length(title), title) AS pick
                FROM hits
            )
            SELECT occupation_code AS OccupationCode, kind AS Kind, title AS Title, rank AS Rank
            FROM best
            WHERE pick = 1
            """,
            new { Match = match, TitleKind = SearchIndex.TitleKind, TitleWeight },
            cancellationToken: ct))).ToList();
        if (rows.Count == 0) return [];
        var best = rows.Max(r => -r.Rank);
        return rows.Select(r =>
        {
            var relevance = best > 0 ? -r.Rank / best : 1;
            var prior = Math.Log10(1 + catalog.Employment(r.OccupationCode)) / 4;
            var kind = r.Kind switch
            {
                SearchIndex.TitleKind => SearchMatch.Title,
                SearchIndex.SynonymKind => SearchMatch.Synonym,
                _ => SearchMatch.Alternate,
            };
            var why = kind == SearchMatch.Synonym ? catalog.Synonyms(r.Title).FirstOrDefault(s => s.OccupationCode == r.OccupationCode)?.Why : null;
            return new Candidate(r.OccupationCode, Tier.Partial, -(relevance + PriorWeight * prior), kind, r.Title, why);
        }).ToList();
    }

    /// <summary>For a search that found nothing: titles spelled like it, and occupations whose titles share some of its words.</summary>
    private static async Task<SearchSuggestions> SuggestAsync(SqliteConnection db, string text, SearchQuery query, SearchCatalog catalog,
        ReferenceSnapshot snapshot, CancellationToken ct)
    {
        var spelling = catalog.Similarity.Closest(text, MaxSuggestions)
            .Select(s => snapshot.ByCode(s.OccupationCode) is { } e ? new SearchSuggestion(e, s.Title) : null)
            .OfType<SearchSuggestion>().ToList();
        var shown = spelling.Select(s => s.Entry.Code).ToHashSet(StringComparer.Ordinal);
        var meaning = query.Terms.Count < 2 ? [] : (await PartialMatchesAsync(db, query.ToAnyWordFtsExpression(), catalog, ct))
            .OrderBy(c => c.Order).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Where(c => !shown.Contains(c.Code))
            .Select(c => snapshot.ByCode(c.Code) is { } e ? new SearchSuggestion(e, c.Title) : null)
            .OfType<SearchSuggestion>().Take(MaxSuggestions).ToList();
        return new SearchSuggestions(spelling, meaning);
    }

    [GeneratedRegex(@"^(?<code>\d{2}-\d{4})(?<suffix>\.\d{2})?$")]
    private static partial Regex CodePattern();

    private sealed class FtsRow
    {
        public string OccupationCode { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Title { get; init; } = "";
        public double Rank { get; init; }
    }
}
