using System.Text;

namespace Jobpocalypse.Dataset;

/// <summary>
/// The form in which a query and a title are compared for an exact match: their words (as <see cref="Words"/>
/// reads them), each made singular by the common English endings, joined by one space. "Registered Nurses" and
/// "registered nurse" share the key "registered nurse"; "Secretaries" and "secretary" share "secretary".
/// The builder stores synonym terms in this form, and the site reads queries with it: one tokenizer for both.
/// </summary>
public static class SearchKey
{
    // FTS5's operator keywords and the connectives of titles: a reader typing them means no title word by them,
    // and since every word must match, "nurse in a hospital" would otherwise need titles containing "in" and "a".
    private static readonly HashSet<string> IgnoredWords = new(StringComparer.Ordinal)
    {
        "and", "or", "not", "near", "a", "an", "the", "of", "in", "for", "to", "with", "on", "at", "by",
    };

    /// <summary>Distinct lower-case runs of letters and digits, in the order typed, without the ignored words.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length > 0)
            {
                var w = word.ToString();
                if (!IgnoredWords.Contains(w) && !words.Contains(w)) words.Add(w);
                word.Clear();
            }
        }
        return words;
    }

    public static string Of(string text) => Of(Words(text));

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
