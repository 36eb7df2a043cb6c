namespace Jobpocalypse.Scoring.Pro;

/// <summary>
/// Reduces a task statement to its set of content-word stems and compares two such sets. O*NET writes each
/// occupation's task statements separately, so tasks are never shared by ID; wording is the only common ground.
/// </summary>
public static class TaskText
{
    /// <summary>
    /// Lower-cased words of letters only, minus stop words, each reduced to its stem. The statement is read up to
    /// its first example marker ("such as"): the examples that follow list instances, and in a long list they would
    /// outweigh the words that say what the task is.
    /// </summary>
    public static IReadOnlySet<string> ContentWords(string text, TaskOverlapRule rule)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(WithoutExamples(text, rule)))
        {
            if (word.Length < rule.MinWordLength || rule.StopWords.Contains(word)) continue;
            var stem = Stem(word, rule);
            if (!rule.StopWords.Contains(stem)) words.Add(stem);
        }
        return words;
    }

    public static string WithoutExamples(string text, TaskOverlapRule rule)
    {
        int cut = rule.ExampleMarkers
            .Select(m => text.IndexOf(m, StringComparison.OrdinalIgnoreCase))
            .Where(i => i > 0)
            .DefaultIfEmpty(text.Length)
            .Min();
        return text[..cut];
    }

    /// <summary>
    /// Light suffix stripping: a word ending in one of the kept endings stays whole; otherwise the first suffix
    /// rule that leaves at least <see cref="TaskOverlapRule.MinStemLength"/> letters applies, then a final "e" goes.
    /// So code, codes, coded and coding all become "cod"; record, records and recording become "record".
    /// </summary>
    public static string Stem(string word, TaskOverlapRule rule)
    {
        if (rule.KeptEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal))) return word;
        foreach (var (suffix, replacement) in rule.Suffixes)
        {
            if (word.Length - suffix.Length + replacement.Length < rule.MinStemLength || !word.EndsWith(suffix, StringComparison.Ordinal))
                continue;
            word = word[..^suffix.Length] + replacement;
            break;
        }
        return word.Length > rule.MinStemLength && word[^1] == 'e' ? word[..^1] : word;
    }

    /// <summary>Cosine similarity of two word sets: shared words ÷ √(size of one × size of the other), 0 when either is empty.</summary>
    public static double Cosine(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        int shared = small.Count(large.Contains);
        return shared / Math.Sqrt((double)a.Count * b.Count);
    }

    /// <summary>Runs of ASCII letters, lower-cased; everything else (digits, punctuation, apostrophes) separates words.</summary>
    public static IEnumerable<string> Words(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsAsciiLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
