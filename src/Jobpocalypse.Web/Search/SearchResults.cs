using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Search;

/// <summary>What a hit matched: the occupation's own title, one of its O*NET alternate titles, or one of our synonyms.</summary>
public enum SearchMatch
{
    Title,
    Alternate,
    Synonym,
}

/// <summary>
/// One occupation found, by its best-matching row: which kind of title matched and its text, whether the whole query was
/// that title (Exact), and for a synonym the reason our synonyms file gives.
/// </summary>
public sealed record SearchHit(OccupationEntry Entry, SearchMatch Match, string MatchedTitle, bool Exact, string? Why)
{
    public bool HasFullAnalysis => Entry.Editorial.Count > 0;
}

/// <summary>An occupation offered when a search finds nothing, and the title that made it close.</summary>
public sealed record SearchSuggestion(OccupationEntry Entry, string Title)
{
    /// <summary>The matching title when it is another name than the occupation's own ("Carpenter" is not one for "Carpenters").</summary>
    public string? AlsoCalled => SearchKey.Of(Title) == SearchKey.Of(Entry.Title) ? null : Title;
}

/// <summary>Closest titles by spelling (character trigrams) and by meaning (titles sharing some of the words).</summary>
public sealed record SearchSuggestions(IReadOnlyList<SearchSuggestion> BySpelling, IReadOnlyList<SearchSuggestion> ByMeaning)
{
    public static readonly SearchSuggestions None = new([], []);
    public bool IsEmpty => BySpelling.Count == 0 && ByMeaning.Count == 0;
}

/// <summary>
/// The answer to one search: the words looked for (with typo corrections), the best hits, ranked, suggestions when
/// none, and the words left out because no title has them (only when searching with them found nothing).
/// </summary>
public sealed record SearchResults(SearchQuery Query, IReadOnlyList<SearchHit> Hits, int Total, SearchSuggestions Suggestions,
    IReadOnlyList<string>? LeftOut = null)
{
    public bool IsTruncated => Total > Hits.Count;
}
