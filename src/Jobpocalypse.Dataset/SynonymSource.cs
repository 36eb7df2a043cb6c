using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jobpocalypse.Dataset;

/// <summary>One synonym and one of its occupations; position orders a term's occupations, best first.</summary>

/// <summary>
/// Reads the search synonyms, <c>data/search/synonyms.json</c>:
/// <c>{ "version", "about", "entries": [ { "term", "codes": ["53-3054.00"], "why" } ] }</c>. Our own editorial file:
/// every entry needs a reason, no term twice, and a code that is not an occupation of the dataset stops the build.
/// </summary>
internal static class SynonymSource
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private sealed record SynonymFile(string? Version, string? About, List<SynonymEntry>? Entries);

    private sealed record SynonymEntry(string? Term, List<string>? Codes, string? Why);

    public static List<SearchSynonymRow> Read(DatasetInputs inputs, IReadOnlySet<string> included)
    {
        const string file = DatasetInputs.SearchSynonyms;
        SynonymFile? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<SynonymFile>(inputs[file], s_json);
        }
        catch (JsonException e)
        {
            throw new DatasetBuildException(file, e.LineNumber + 1, $"invalid JSON at {e.Path}: {e.Message}", e);
        }
        if (string.IsNullOrWhiteSpace(parsed?.Version))
            throw new DatasetBuildException(file, null, "the synonyms file has no version");
        if (parsed.Entries is not { Count: > 0 } entries)
            throw new DatasetBuildException(file, null, "no synonym entries");

        var rows = new List<SearchSynonymRow>();
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, index) in entries.Select((e, i) => (e, i)))
        {
            var where = $"entry {index + 1} ('{entry.Term}')";
            // The term is stored as the reader would type it, in normalised form, so that it matches one way only.
            var term = string.Join(" ", SearchKey.Words(entry.Term ?? ""));
            if (term.Length == 0)
                throw new DatasetBuildException(file, null, $"{where}: the term has no words");
            if (!terms.Add(SearchKey.Of(term)))
                throw new DatasetBuildException(file, null, $"{where}: the term '{term}' is listed twice");
            if (string.IsNullOrWhiteSpace(entry.Why))
                throw new DatasetBuildException(file, null, $"{where}: every synonym says why");
            if (entry.Codes is not { Count: > 0 } codes)
                throw new DatasetBuildException(file, null, $"{where}: no occupation codes");
            if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
                throw new DatasetBuildException(file, null, $"{where}: a code is listed twice");
            foreach (var (code, position) in codes.Select((c, i) => (c, i + 1)))
            {
                if (!included.Contains(code))
                    throw new DatasetBuildException(file, null, $"{where}: '{code}' is not an occupation of the dataset");
                rows.Add(new SearchSynonymRow { Term = term, Position = position, OccupationCode = code, Why = entry.Why.Trim() });
            }
        }
        return rows;
    }
}
