using System.Buffers;

namespace Jobpocalypse.Web.Search;

/// <summary>A title close in spelling to a query: the occupation, the title as written, and the Dice similarity 0–1.</summary>
public sealed record SimilarTitle(string OccupationCode, string Title, double Similarity);

/// <summary>
/// Spelling similarity over every searchable title: the Dice coefficient of character trigrams ("plumer" and
/// "plumber" share most of theirs). An inverted index from trigram to titles keeps one lookup to the titles that
/// share at least one trigram, a few milliseconds over ~50,000 titles; it runs only when a search finds nothing.
/// </summary>
public sealed class TitleSimilarity
{
    private readonly (string Code, string Title, int Trigrams)[] _titles;
    private readonly Dictionary<string, int[]> _index;

    public TitleSimilarity(IEnumerable<(string Code, string Title)> titles)
    {
        var list = new List<(string, string, int)>();
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        foreach (var (code, title) in titles)
        {
            var normal = Normalise(title);
            if (normal.Length == 0 || !seen.Add((code, normal))) continue;
            var grams = Trigrams(normal);
            foreach (var g in grams)
            {
                if (!postings.TryGetValue(g, out var ids)) postings[g] = ids = [];
                ids.Add(list.Count);
            }
            list.Add((code, title, grams.Count));
        }
        _titles = list.ToArray();
        _index = postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The best title per occupation, most similar first, at least <paramref name="minimum"/> similar.</summary>
    public IReadOnlyList<SimilarTitle> Closest(string query, int count, double minimum = 0.35)
    {
        var grams = Trigrams(Normalise(query));
        if (grams.Count == 0) return [];
        // Shared trigram counts per title in a pooled array: tens of thousands of increments for a long query.
        var shared = ArrayPool<int>.Shared.Rent(_titles.Length);
        var touched = new List<int>();
        try
        {
            Array.Clear(shared, 0, _titles.Length);
            foreach (var g in grams)
            {
                if (!_index.TryGetValue(g, out var ids)) continue;
                foreach (var id in ids)
                {
                    if (shared[id]++ == 0) touched.Add(id);
                }
            }
            return Rank(touched.Select(id => (Title: _titles[id], Score: 2.0 * shared[id] / (grams.Count + _titles[id].Trigrams))), count, minimum);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(shared);
        }
    }

    private static List<SimilarTitle> Rank(IEnumerable<((string Code, string Title, int Trigrams) Title, double Score)> scored, int count, double minimum)
    {
        return scored
            .Where(s => s.Score >= minimum)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Title.Title.Length).ThenBy(s => s.Title.Title, StringComparer.Ordinal)
            .DistinctBy(s => s.Title.Code)
            .Take(count)
            .Select(s => new SimilarTitle(s.Title.Code, s.Title.Title, s.Score))
            .ToList();
    }

    /// <summary>Lower-case words separated by one space, without the ignored words: what the reader's text and a title are compared as.</summary>
    private static string Normalise(string text) => string.Join(' ', SearchKey.Words(text));

    private static HashSet<string> Trigrams(string text)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        if (text.Length == 0) return grams;
        var padded = "  " + text + " ";
        for (var i = 0; i + 3 <= padded.Length; i++) grams.Add(padded.Substring(i, 3));
        return grams;
    }
}
