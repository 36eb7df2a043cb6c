using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Search;

/// <summary>One occupation found, by its best-matching row; MatchedAlternate is set when that row is an alternate title.</summary>
public sealed record SearchHit(OccupationEntry Entry, string? MatchedAlternate, double Rank);

/// <summary>The answer to one search: the words looked for (with typo corrections) and the best hits, ranked.</summary>
public sealed record SearchResults(SearchQuery Query, IReadOnlyList<SearchHit> Hits, int Total)
{
    public bool IsTruncated => Total > Hits.Count;
}
