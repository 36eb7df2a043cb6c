using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring.Personal;

/// <summary>
/// How pasted duties are matched to task statements. A line is matched when its best statement's cosine similarity of
/// content words reaches <see cref="Threshold"/>; below it the line is "not matched", never guessed. Statements within
/// <see cref="TieMargin"/> of the best count as equally good, and among them the one from the occupation that matches
/// most of the reader's other lines wins: O*NET writes similar statements for many occupations, and a reader's duties
/// usually belong together. A match also needs <see cref="MinSharedWords"/> words in common: a one-word line such as
/// "Responsibilities:" would otherwise reach a high similarity with any statement that has the word.
/// </summary>
public sealed record DutyMatchRule(double Threshold, double TieMargin, int MinSharedWords, int MaxCharacters)
{
    public static DutyMatchRule Default { get; } = new(Threshold: 0.4, TieMargin: 0.05, MinSharedWords: 2, MaxCharacters: 5000);
}

/// <summary>One line of the paste and what it matched (null: not matched), with the similarity as its confidence (0–1).</summary>
public sealed record LineMatch(string Line, IndexedTask? Task, double Confidence)
{
    public bool IsMatched => Task is not null;
}

public static class DutyMatcher
{
    private static readonly char[] Bullets = ['-', '*', '•', '·', '–', '—', '>', '+'];

    /// <summary>
    /// The paste as the duties it lists: one per line, and a line of several sentences (or clauses separated by ";")
    /// split into them; bullets and numbering dropped, blank lines skipped.
    /// </summary>
    public static IReadOnlyList<string> Lines(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            foreach (var part in SplitSentences(WithoutBullet(raw)))
            {
                var line = part.Trim();
                if (line.Length > 0) lines.Add(line);
            }
        }
        return lines;
    }

    private static string WithoutBullet(string raw)
    {
        var line = raw.Trim().TrimStart(Bullets).Trim();
        int digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
        return digits > 0 && digits < line.Length && line[digits] is '.' or ')' ? line[(digits + 1)..].Trim() : line;
    }

    private static IEnumerable<string> SplitSentences(string line)
    {
        int start = 0;
        for (int i = 0; i < line.Length; i++)
        {
            bool end = line[i] == ';' || (line[i] is '.' or '!' or '?' && (i + 1 == line.Length || char.IsWhiteSpace(line[i + 1])));
            if (!end) continue;
            yield return line[start..(i + 1)].TrimEnd('.', ';', '!', '?');
            start = i + 1;
        }
        if (start < line.Length) yield return line[start..];
    }

    public static IReadOnlyList<LineMatch> Match(string text, TaskIndex index, DutyMatchRule rule)
    {
        var lines = Lines(text);
        var candidates = lines.Select(line =>
        {
            var found = index.Similar(TaskText.ContentWords(line, index.Rule), rule.Threshold, rule.MinSharedWords).ToList();
            if (found.Count == 0) return found;
            double best = found.Max(f => f.Similarity);
            return found.Where(f => f.Similarity >= best - rule.TieMargin).ToList();
        }).ToList();
        // How many lines each occupation has a good match for: the tie-breaker among near-equal statements.
        var support = candidates
            .SelectMany(c => c.Select(f => f.Task.OccupationCode).Distinct())
            .GroupBy(code => code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return lines.Select((line, i) =>
        {
            var pick = candidates[i]
                .OrderByDescending(f => support[f.Task.OccupationCode])
                .ThenByDescending(f => f.Similarity)
                .ThenBy(f => f.Task.Task.TaskId)
                .Select(f => ((IndexedTask, double)?)(f.Task, f.Similarity))
                .FirstOrDefault();
            return pick is var (task, similarity) ? new LineMatch(line, task, similarity) : new LineMatch(line, null, 0);
        }).ToList();
    }
}
