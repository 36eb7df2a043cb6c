namespace Jobpocalypse.Scoring.Pro;

/// <summary>
/// A kind of AI tool, as an editor writes it in <c>data/editorial/tools/ai-tools.json</c>: an id, a name, one sober line
/// on what it does (<paramref name="Why"/>), one on what the worker still checks, and the keyword patterns that connect
/// it to task statements (syntax: <see cref="TaskPattern"/>).
/// </summary>
public sealed record ToolCategory(string Id, string Name, string Why, string Checks, IReadOnlyList<string> Patterns);

/// <summary>The editorial tool categories with their patterns parsed, checked once when the file is loaded.</summary>
public sealed class ToolCatalogue
{
    private ToolCatalogue(IReadOnlyList<(ToolCategory Category, IReadOnlyList<TaskPattern> Patterns)> entries) => Entries = entries;

    /// <summary>Categories in file order (the order breaks ties between equally strong matches).</summary>
    public IReadOnlyList<(ToolCategory Category, IReadOnlyList<TaskPattern> Patterns)> Entries { get; }
    public IEnumerable<ToolCategory> Categories => Entries.Select(e => e.Category);

    /// <summary>Parses and checks the categories; throws one <see cref="FormatException"/> listing every problem.</summary>
    public static ToolCatalogue Create(IEnumerable<ToolCategory> categories)
    {
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<(ToolCategory, IReadOnlyList<TaskPattern>)>();
        foreach (var (category, index) in categories.Select((c, i) => (c, i + 1)))
        {
            string where = $"category {index} ('{category.Id}')";
            if (string.IsNullOrWhiteSpace(category.Id) || !category.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
                problems.Add($"{where}: 'id' must be lower-case letters, digits and hyphens");
            else if (!ids.Add(category.Id))
                problems.Add($"{where}: id '{category.Id}' is used twice");
            if (string.IsNullOrWhiteSpace(category.Name)) problems.Add($"{where}: 'name' is missing");
            if (string.IsNullOrWhiteSpace(category.Why)) problems.Add($"{where}: 'why' is missing");
            if (string.IsNullOrWhiteSpace(category.Checks)) problems.Add($"{where}: 'checks' is missing");
            foreach (var (field, text) in new[] { ("why", category.Why), ("checks", category.Checks) })
                if (!string.IsNullOrWhiteSpace(text) && !Sentence.IsOne(text))
                    problems.Add($"{where}: '{field}' must be one sentence ending in a full stop, without doubled punctuation");
            if (category.Patterns is not { Count: > 0 }) problems.Add($"{where}: 'patterns' is missing or empty");
            var parsed = new List<TaskPattern>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pattern in category.Patterns ?? [])
            {
                try
                {
                    var p = TaskPattern.Parse(pattern ?? "");
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
