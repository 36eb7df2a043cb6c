namespace Jobpocalypse.Web.Search;

/// <summary>
/// The words of all searchable titles for one dataset version, bucketed by length so that finding the words
/// one edit away from a typo compares only against words of length n − 1, n and n + 1.
/// </summary>
public sealed class SearchVocabulary
{
    private readonly HashSet<string> _words;
    private readonly Dictionary<int, string[]> _byLength;

    public SearchVocabulary(string version, IEnumerable<string> words)
    {
        Version = version;
        _words = new HashSet<string>(words, StringComparer.Ordinal);
        _byLength = _words.GroupBy(w => w.Length)
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
    }

    public string Version { get; }
    public int Count => _words.Count;

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Vocabulary words at edit distance exactly 1 (insert, delete, substitute, swap two neighbours), in ordinal order.</summary>
    public IReadOnlyList<string> WithinOneEdit(string word)
    {
        var found = new List<string>();
        for (var length = word.Length - 1; length <= word.Length + 1; length++)
        {
            if (!_byLength.TryGetValue(length, out var bucket)) continue;
            foreach (var candidate in bucket)
            {
                if (IsOneEditApart(word, candidate)) found.Add(candidate);
            }
        }
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>True when one insertion, deletion, substitution or adjacent transposition turns a into b.</summary>
    public static bool IsOneEditApart(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var i = FirstDifference(a, b);
            if (i == a.Length) return false; // equal: distance 0
            // Substitution at i, or the neighbours at i and i + 1 swapped.
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i]
                && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        if (Math.Abs(a.Length - b.Length) != 1) return false;
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var j = FirstDifference(shorter, longer);
        // Everything after the one extra character of the longer word must line up.
        return shorter.AsSpan(j).SequenceEqual(longer.AsSpan(j + 1));
    }

    private static int FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && a[i] == b[i]) i++;
        return i;
    }
}
