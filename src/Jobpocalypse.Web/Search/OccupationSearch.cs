using System.Text.RegularExpressions;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Search;

/// <summary>
/// Finds occupations by title, alternate title and curated synonym. Ranking, in tiers: the occupation whose own title
/// is the query; then the occupations our synonyms file names for it; then the close matches — the query is an O*NET
/// alternate title, or every word of it is in the occupation's own title — those sharing more words with their own
/// title first, exact alternates before titles that merely contain the words, then the larger job (BLS 2024 employment),
/// so that a broad word such as "teacher" leads to the common job; then every other occupation with all the words in
/// some title (in memory, <see cref="TitleIndex"/>), by relevance with size as a prior.
/// </summary>
public sealed partial class OccupationSearch(ReferenceStore store)
{
    public const int MaxQueryLength = 200;
    public const int MaxResults = 50;
    public const int MaxSuggestions = 5;

    /// <summary>
    /// The kind bonus for partial matches: a title row's relevance counts this many times, so that the occupation's
    /// own title beats an alternate title matching the same words.
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

    public SearchResults Search(string text)
    {
        if (text.Length > MaxQueryLength)
            throw new ArgumentException($"A search is at most {MaxQueryLength} characters.", nameof(text));

        var snapshot = store.Current;
        var catalog = SearchCatalog.Of(snapshot, store.DatabasePath);
        var query = SearchQuery.Parse(text, catalog.Vocabulary);
        if (query.IsEmpty) return new SearchResults(query, [], 0, SearchSuggestions.None);

        var candidates = Collect(query, catalog, snapshot);
        IReadOnlyList<string> leftOut = [];
        // Nothing has every word, and some words are in no title at all ("walmart cashier"): search without those.
        // A code-shaped query ("99-9999") is answered as a code, never by its pieces.
        if (candidates.Count == 0 && !IsCodeShaped(text)
            && query.Unknown(catalog.Vocabulary) is { Count: > 0 } unknown && unknown.Count < query.Terms.Count)
        {
            leftOut = unknown;
            query = query.Without(unknown);
            candidates = Collect(query, catalog, snapshot);
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
        var suggestions = hits.Count == 0 ? Suggest(text, query, catalog, snapshot) : SearchSuggestions.None;
        return new SearchResults(query, hits, Math.Max(candidates.Count, hits.Count), suggestions, leftOut);
    }

    /// <summary>Every occupation the query finds, each with its best candidate row (lowest sort key).</summary>
    private static Dictionary<string, Candidate> Collect(SearchQuery query, SearchCatalog catalog, ReferenceSnapshot snapshot)
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
        foreach (var c in Score(catalog.Titles.WithAll(query), catalog))
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
    /// The best row per occupation among title matches, scored: relevance (the share of the title's words that were
    /// looked for, own titles weighted, plus the number of query words matched) scaled so the best is 1, plus the size
    /// prior. Order is the negated score, so that lower sorts first as in the other tiers.
    /// </summary>
    private static List<Candidate> Score(IEnumerable<TitleMatch> matches, SearchCatalog catalog)
    {
        var rows = matches.Select(m => (m.Row, Relevance: (m.MatchedTerms + m.Coverage) * (m.Row.Kind == SearchIndex.TitleKind ? TitleWeight : 1)))
            .GroupBy(m => m.Row.OccupationCode)
            .Select(g => g.OrderByDescending(m => m.Relevance).ThenBy(m => m.Row.Title.Length).ThenBy(m => m.Row.Title, StringComparer.Ordinal).First())
            .ToList();
        if (rows.Count == 0) return [];
        var best = rows.Max(r => r.Relevance);
        return rows.Select(r =>
        {
            var relevance = r.Relevance / best;
            var prior = Math.Log10(1 + catalog.Employment(r.Row.OccupationCode)) / 4;
            var kind = r.Row.Kind switch
            {
                SearchIndex.TitleKind => SearchMatch.Title,
                SearchIndex.SynonymKind => SearchMatch.Synonym,
                _ => SearchMatch.Alternate,
            };
            var why = kind == SearchMatch.Synonym
                ? catalog.Synonyms(SearchKey.Of(r.Row.Title)).FirstOrDefault(s => s.OccupationCode == r.Row.OccupationCode)?.Why
                : null;
            return new Candidate(r.Row.OccupationCode, Tier.Partial, -(relevance + PriorWeight * prior), kind, r.Row.Title, why);
        }).ToList();
    }

    /// <summary>For a search that found nothing: titles spelled like it, and occupations whose titles share some of its words.</summary>
    private static SearchSuggestions Suggest(string text, SearchQuery query, SearchCatalog catalog, ReferenceSnapshot snapshot)
    {
        var spelling = catalog.Similarity.Closest(text, MaxSuggestions)
            .Select(s => snapshot.ByCode(s.OccupationCode) is { } e ? new SearchSuggestion(e, s.Title) : null)
            .OfType<SearchSuggestion>().ToList();
        var shown = spelling.Select(s => s.Entry.Code).ToHashSet(StringComparer.Ordinal);
        var meaning = query.Terms.Count < 2 ? [] : Score(catalog.Titles.WithAny(query), catalog)
            .OrderBy(c => c.Order).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Where(c => !shown.Contains(c.Code))
            .Select(c => snapshot.ByCode(c.Code) is { } e ? new SearchSuggestion(e, c.Title) : null)
            .OfType<SearchSuggestion>().Take(MaxSuggestions).ToList();
        return new SearchSuggestions(spelling, meaning);
    }

    [GeneratedRegex(@"^(?<code>\d{2}-\d{4})(?<suffix>\.\d{2})?$")]
    private static partial Regex CodePattern();
}
