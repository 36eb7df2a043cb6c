namespace Jobpocalypse.Web.Search;

/// <summary>
/// The form in which a query and a title are compared for an exact match: their words (as <see cref="SearchQuery.Words"/>
/// reads them), each made singular by the common English endings, joined by one space. "Registered Nurses" and
/// "registered nurse" share the key "registered nurse"; "Secretaries" and "secretary" share "secretary".
/// </summary>
public static class SearchKey
{
    public static string Of(string text) => Of(SearchQuery.Words(text));

    public static string Of(IEnumerable<string> words) => string.Join(' ', words.Select(Singular));

    /// <summary>A light singular: enough for job titles, which are almost all regular plurals.</summary>
    public static string Singular(string word)
    {
        if (word.Length <= 3) return word; // "bus", "gas", "its": too short to tell a plural
        if (word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
            return word[..^2];
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal))
            return word[..^1];
        return word;
    }
}
