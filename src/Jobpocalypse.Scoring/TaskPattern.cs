namespace Jobpocalypse.Scoring;

/// <summary>
/// A parsed pattern. Words are lower-case letters and match whole words of the task statement; a word ending in
/// <c>*</c> matches any word starting with it; words written together must appear together, in order; parts joined
/// by <c>+</c> must all appear, anywhere. "transcri*" matches "Transcribe medical reports"; "code* + patient*" matches
/// "code patient data" but not "write program code".
/// </summary>
public sealed record TaskPattern(string Text, IReadOnlyList<IReadOnlyList<string>> Parts)
{
    public static TaskPattern Parse(string text)
    {
        var parts = text.Split('+', StringSplitOptions.TrimEntries)
            .Select(part => (IReadOnlyList<string>)part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        foreach (var part in parts)
        {
            if (part.Count == 0) throw new FormatException($"Pattern '{text}' has an empty part.");
            foreach (var word in part)
            {
                var letters = word.EndsWith('*') ? word[..^1] : word;
                if (letters.Length == 0 || !letters.All(char.IsAsciiLetterLower))
                    throw new FormatException($"Pattern '{text}': '{word}' must be lower-case letters a–z, optionally ending in *.");
                if (word.EndsWith('*') && letters.Length < 3)
                    throw new FormatException($"Pattern '{text}': '{word}' is too short a prefix (at least 3 letters before *).");
            }
        }
        return new TaskPattern(text, parts);
    }

    /// <summary>The pattern's parts in a fixed order: two patterns with the same key match the same statements.</summary>
    public string Key => string.Join(" + ", Parts.Select(p => string.Join(' ', p)).Order(StringComparer.Ordinal));

    // The parts as (letters, is-prefix) arrays: matching runs for every task statement at every dataset load.
    private readonly (string Letters, bool IsPrefix)[][] _tokens =
        Parts.Select(p => p.Select(w => w.EndsWith('*') ? (w[..^1], true) : (w, false)).ToArray()).ToArray();

    /// <summary>
    /// One token every statement the pattern matches must hold: its first whole word, or, when it has none, its longest
    /// prefix. <see cref="TaskPatternList"/> files the pattern under it.
    /// </summary>
    public (string Letters, bool IsPrefix) Anchor => _tokens.SelectMany(t => t)
        .OrderBy(t => t.IsPrefix)
        .ThenByDescending(t => t.IsPrefix ? t.Letters.Length : 0)
        .First();

    /// <summary>Whether every part occurs in the statement's words (lower-case letters, as <see cref="Pro.TaskText.Words"/> splits them).</summary>
    public bool Matches(IReadOnlyList<string> words)
    {
        foreach (var part in _tokens)
        {
            if (!Contains(words, part)) return false;
        }
        return true;
    }

    private static bool Contains(IReadOnlyList<string> words, (string Letters, bool IsPrefix)[] phrase)
    {
        for (int start = 0; start + phrase.Length <= words.Count; start++)
        {
            int i = 0;
            while (i < phrase.Length && WordMatches(words[start + i], phrase[i])) i++;
            if (i == phrase.Length) return true;
        }
        return false;
    }

    private static bool WordMatches(string word, (string Letters, bool IsPrefix) token) =>
        token.IsPrefix ? word.StartsWith(token.Letters, StringComparison.Ordinal) : word == token.Letters;
}
