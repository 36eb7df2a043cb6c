namespace Jobpocalypse.Scoring;

/// <summary>
/// An ordered list of patterns that finds the first one a statement matches without trying them all: each pattern is
/// filed under one of its words (a whole word, or the first three letters of a prefix), and only the patterns filed
/// under the statement's own words are tried. Every dataset load classifies every task statement against the seniority
/// markers, so this is the difference between trying ~150 patterns per statement and trying a handful.
/// </summary>
public sealed class TaskPatternList
{
    private const int PrefixKeyLength = 3; // TaskPattern.Parse refuses shorter prefixes

    private readonly IReadOnlyList<TaskPattern> _patterns;
    private readonly Dictionary<string, int[]> _byWord;
    private readonly Dictionary<string, int[]> _byPrefix;

    public TaskPatternList(IEnumerable<TaskPattern> patterns)
    {
        _patterns = patterns.ToList();
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byPrefix = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < _patterns.Count; i++)
        {
            // A whole word narrows the candidates most; a pattern of prefixes only is filed under its longest prefix.
            var (letters, isPrefix) = _patterns[i].Anchor;
            var (index, key) = isPrefix ? (byPrefix, letters[..PrefixKeyLength]) : (byWord, letters);
            if (!index.TryGetValue(key, out var list)) index[key] = list = [];
            list.Add(i);
        }
        _byWord = byWord.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        _byPrefix = byPrefix.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The first pattern, in list order, that the statement's words match (the same one a walk down the list would
    /// find), or null. A pattern can only match a statement that holds its anchor, so the others are never tried.
    /// </summary>
    public TaskPattern? FirstMatch(IReadOnlyList<string> words)
    {
        var byPrefix = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        int first = int.MaxValue;
        foreach (var word in words)
        {
            if (_byWord.TryGetValue(word, out var exact)) first = FirstMatching(exact, words, first);
            if (word.Length >= PrefixKeyLength && byPrefix.TryGetValue(word.AsSpan(0, PrefixKeyLength), out var prefixed))
                first = FirstMatching(prefixed, words, first);
        }
        return first == int.MaxValue ? null : _patterns[first];
    }

    // The earliest of the candidates that matches, if it comes before the earliest match found so far.
    private int FirstMatching(int[] candidates, IReadOnlyList<string> words, int first)
    {
        foreach (var i in candidates)
        {
            if (i >= first) break; // filed in list order
            if (_patterns[i].Matches(words)) return i;
        }
        return first;
    }
}
