namespace Jobpocalypse.Scoring.Pro;

/// <summary>
/// A kind of AI tool, as an editor writes it in <c>data/editorial/tools/ai-tools.json</c>: an id, a name, one sober line
/// on why it fits, and the keyword patterns that connect it to task statements (syntax: <see cref="ToolPattern"/>).
/// </summary>
public sealed record ToolCategory(string Id, string Name, string Why, IReadOnlyList<string> Patterns);

/// <summary>
/// A parsed pattern. Words are lower-case letters and match whole words of the task statement; a word ending in
/// <c>*</c> matches any word starting with it; words written together must appear together, in order; parts joined
/// by <c>+</c> must all appear, anywhere. "transcri*" matches "Transcribe medical reports"; "code* + patient*" matches
/// "code patient data" but not "write program code".
/// </summary>
public sealed record ToolPattern(string Text, IReadOnlyList<IReadOnlyList<string>> Parts)
{
    public static ToolPattern Parse(string text)
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
        return new ToolPattern(text, parts);
    }

    /// <summary>The pattern's parts in a fixed order: two patterns with the same key match the same statements.</summary>
    public string Key => string.Join(" + ", Parts.Select(p => string.Join(' ', p)).Order(StringComparer.Ordinal));

    /// <summary>Whether every part occurs in the statement's words (lower-case letters, as <see cref="TaskText.Words"/> splits them).</summary>
    public bool Matches(IReadOnlyList<string> words) => Parts.All(part => Contains(words, part));

    private static bool Contains(IReadOnlyList<string> words, IReadOnlyList<string> phrase)
    {
        for (int start = 0; start + phrase.Count <= words.Count; start++)
        {
            int i = 0;
            while (i < phrase.Count && WordMatches(words[start + i], phrase[i])) i++;
            if (i == phrase.Count) return true;
        }
        return false;
    }

    private static bool WordMatches(string word, string token) =>
        token.EndsWith('*') ? word.StartsWith(token.AsSpan(0, token.Length - 1), StringComparison.Ordinal) : word == token;
}

/// <summary>The editorial tool categories with their patterns parsed, checked once when the file is loaded.</summary>
public sealed class ToolCatalogue
{
    private ToolCatalogue(IReadOnlyList<(ToolCategory Category, IReadOnlyList<ToolPattern> Patterns)> entries) => Entries = entries;

    /// <summary>Categories in file order (the order breaks ties between equally strong matches).</summary>
    public IReadOnlyList<(ToolCategory Category, IReadOnlyList<ToolPattern> Patterns)> Entries { get; }
    public IEnumerable<ToolCategory> Categories => Entries.Select(e => e.Category);

    /// <summary>Parses and checks the categories; throws one <see cref="FormatException"/> listing every problem.</summary>
    public static ToolCatalogue Create(IEnumerable<ToolCategory> categories)
    {
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<(ToolCategory, IReadOnlyList<ToolPattern>)>();
        foreach (var (category, index) in categories.Select((c, i) => (c, i + 1)))
        {
            string where = $"category {index} ('{category.Id}')";
            if (string.IsNullOrWhiteSpace(category.Id) || !category.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
                problems.Add($"{where}: 'id' must be lower-case letters, digits and hyphens");
            else if (!ids.Add(category.Id))
                problems.Add($"{where}: id '{category.Id}' is used twice");
            if (string.IsNullOrWhiteSpace(category.Name)) problems.Add($"{where}: 'name' is missing");
            if (string.IsNullOrWhiteSpace(category.Why)) problems.Add($"{where}: 'why' is missing");
            if (category.Patterns is not { Count: > 0 }) problems.Add($"{where}: 'patterns' is missing or empty");
            var parsed = new List<ToolPattern>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pattern in category.Patterns ?? [])
            {
                try
                {
                    var p = ToolPattern.Parse(pattern ?? "");
                    // Parts match anywhere, so "a + b" and "b + a" are one pattern; counting it twice would inflate the match strength.
                    if (!seen.Add(p.Key)) problems.Add($"{where}: pattern '{pattern}' repeats another pattern of this category");
                    parsed.Add(p);
                }
                catch (FormatException e) { problems.Add($"{where}: {e.Message}"); }
            }
            entries.Add((category, parsed));
        }
        if (entries.Count == 0) problems.Add("the file lists no tool category");
        if (problems.Count > 0) throw new FormatException(string.Join(Environment.NewLine, problems));
        return new ToolCatalogue(entries);
    }
}
