namespace Jobpocalypse.Web.Search;

/// <summary>A word of the query and, when the word is a likely typo, the vocabulary words one edit away from it.</summary>
public sealed record SearchTerm(string Word, IReadOnlyList<string> Corrections);

/// <summary>
/// A search typed by a reader, reduced to words (runs of letters and digits) so that no FTS5 syntax ever comes
/// from the reader: the FTS expression is built here, every word quoted, words joined by AND.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Shorter words have too many neighbours one edit away for a correction to mean anything.</summary>
    public const int MinimumCorrectableLength = 4;

    private SearchQuery(IReadOnlyList<SearchTerm> terms) => Terms = terms;

    public IReadOnlyList<SearchTerm> Terms { get; }
    public bool IsEmpty => Terms.Count == 0;
    public IEnumerable<SearchTerm> Corrected => Terms.Where(t => t.Corrections.Count > 0);

    /// <summary>Words in no title, with no correction: nothing can match them (words shorter than the vocabulary's are never judged).</summary>
    public IReadOnlyList<string> Unknown(SearchVocabulary vocabulary) => Terms
        .Where(t => t.Corrections.Count == 0 && t.Word.Length >= SearchIndex.MinimumWordLength && !vocabulary.Contains(t.Word))
        .Select(t => t.Word).ToList();

    public SearchQuery Without(IReadOnlyCollection<string> words) => new(Terms.Where(t => !words.Contains(t.Word)).ToList());

    public static SearchQuery Parse(string text, SearchVocabulary vocabulary) => new(SearchKey.Words(text)
        .Select(w => new SearchTerm(w, w.Length >= MinimumCorrectableLength && !vocabulary.Contains(w) ? vocabulary.WithinOneEdit(w) : []))
        .ToList());

    /// <summary>
    /// The query as the boolean expression <see cref="TitleIndex"/> evaluates, in FTS5 syntax for the reference
    /// database's search_titles table: "medical" AND ("medcal" OR "medical"): every word required; a possible typo
    /// keeps its own spelling OR-ed with its corrections.
    /// </summary>
    public string ToFtsExpression() => string.Join(" AND ", Terms.Select(t => t.Corrections.Count == 0
        ? Quote(t.Word)
        : "(" + string.Join(" OR ", t.Corrections.Prepend(t.Word).Select(Quote)) + ")"));

    /// <summary>
    /// The exact-match keys of the query (<see cref="SearchKey"/>): the words as typed, and with each likely typo replaced
    /// by one of its corrections; at most <paramref name="limit"/> combinations, typed spelling first.
    /// </summary>
    public IReadOnlyList<string> ExactKeys(int limit = 16)
    {
        var keys = new List<List<string>> { new() };
        foreach (var term in Terms)
        {
            var options = term.Corrections.Prepend(term.Word).ToList();
            keys = keys.SelectMany(k => options.Select(o => k.Append(o).ToList())).Take(limit).ToList();
        }
        return keys.Where(k => k.Count > 0).Select(SearchKey.Of).Distinct().ToList();
    }

    private static string Quote(string word) => "\"" + word.Replace("\"", "\"\"") + "\"";
}
