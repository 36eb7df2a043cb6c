using System.Text;

namespace Jobpocalypse.Dataset;

/// <summary>
/// The search rows: each occupation's title (kind 'title'), its alternate titles and O*NET short titles such as
/// 'CEO' (kind 'alternate'), our curated synonyms (kind 'synonym'), and the vocabulary of all their words for typo correction.
/// </summary>
public static class SearchIndex
{
    public const string TitleKind = "title";
    public const string AlternateKind = "alternate";
    public const string SynonymKind = "synonym";
    public const int MinimumWordLength = 3;

    internal static List<SearchTitleRow> Titles(IReadOnlyList<OccupationRow> occupations, IReadOnlyList<OnetAlternateTitle> alternateTitles,
        IReadOnlyList<SearchSynonymRow> synonyms)
    {
        var rows = new List<SearchTitleRow>(occupations.Count + alternateTitles.Count * 2);
        // One row per distinct (occupation, title) ignoring case; the occupation's own title wins.
        var seen = new HashSet<(string, string)>();
        foreach (var occupation in occupations)
        {
            seen.Add((occupation.Code, occupation.Title.ToLowerInvariant()));
            rows.Add(new SearchTitleRow { OccupationCode = occupation.Code, Kind = TitleKind, Title = occupation.Title });
        }
        foreach (var alternate in alternateTitles)
        {
            foreach (var title in (string?[])[alternate.Title, alternate.ShortTitle])
            {
                if (title is not null && seen.Add((alternate.OccupationCode, title.ToLowerInvariant())))
                    rows.Add(new SearchTitleRow { OccupationCode = alternate.OccupationCode, Kind = AlternateKind, Title = title });
            }
        }
        // A synonym row even where O*NET has the same alternate title: the curated reason is what the page shows.
        rows.AddRange(synonyms.Select(s => new SearchTitleRow { OccupationCode = s.OccupationCode, Kind = SynonymKind, Title = s.Term }));
        return rows;
    }

    /// <summary>Distinct lower-case words (letters and digits, at least <see cref="MinimumWordLength"/> long), in ordinal order.</summary>
    internal static List<string> Vocabulary(IEnumerable<SearchTitleRow> titles)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var row in titles)
        {
            foreach (var c in row.Title.ToLowerInvariant().Append(' '))
            {
                if (char.IsLetterOrDigit(c))
                {
                    word.Append(c);
                    continue;
                }
                if (word.Length >= MinimumWordLength)
                    words.Add(word.ToString());
                word.Clear();
            }
        }
        return words.Order(StringComparer.Ordinal).ToList();
    }
}
