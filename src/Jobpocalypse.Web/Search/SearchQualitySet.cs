using System.Globalization;

namespace Jobpocalypse.Web.Search;

/// <summary>One query of the search-quality set and the codes acceptable as its first result ("25-1*" accepts a prefix).</summary>
public sealed record SearchQualityCase(int Line, string Query, IReadOnlyList<string> Acceptable, string? Note, string Section = "")
{
    public bool Accepts(string code) => Acceptable.Any(a => a.EndsWith('*')
        ? code.StartsWith(a[..^1], StringComparison.Ordinal)
        : code == a);
}

/// <summary>How one case fared: the codes of the first three results.</summary>
public sealed record SearchQualityOutcome(SearchQualityCase Case, IReadOnlyList<string> Top)
{
    public bool HitAt1 => Top.Count > 0 && Case.Accepts(Top[0]);
    public bool HitAt3 => Top.Take(3).Any(Case.Accepts);
}

/// <summary>
/// The search-quality test set (tests/Jobpocalypse.Web.Tests/Search/search-quality.tsv): query, acceptable codes, note;
/// '#' starts a comment line, and "# --- name" starts a section (reported on its own). Read by the quality test and by
/// the <c>search-bench</c> command.
/// </summary>
public static class SearchQualitySet
{
    public static IReadOnlyList<SearchQualityCase> Parse(IEnumerable<string> lines)
    {
        var cases = new List<SearchQualityCase>();
        var number = 0;
        var section = "";
        foreach (var line in lines)
        {
            number++;
            if (line.StartsWith("# --- ", StringComparison.Ordinal)) section = line[6..].Split(':')[0].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            var codes = parts.Length > 1 ? parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (parts[0].Length == 0 || codes.Length == 0)
                throw new FormatException($"line {number}: expected 'query<TAB>codes[<TAB>note]'");
            cases.Add(new SearchQualityCase(number, parts[0], codes, parts.Length > 2 ? parts[2] : null, section));
        }
        return cases;
    }

    public static IReadOnlyList<SearchQualityOutcome> Run(OccupationSearch search, IEnumerable<SearchQualityCase> cases)
    {
        var outcomes = new List<SearchQualityOutcome>();
        foreach (var c in cases)
        {
            var results = search.Search(c.Query);
            outcomes.Add(new SearchQualityOutcome(c, results.Hits.Take(3).Select(h => h.Entry.Code).ToList()));
        }
        return outcomes;
    }

    public static (double At1, double At3) Precision(IReadOnlyList<SearchQualityOutcome> outcomes) => outcomes.Count == 0
        ? (0, 0)
        : ((double)outcomes.Count(o => o.HitAt1) / outcomes.Count, (double)outcomes.Count(o => o.HitAt3) / outcomes.Count);

    public static string Describe(IReadOnlyList<SearchQualityOutcome> outcomes)
    {
        var inv = CultureInfo.InvariantCulture;
        var (at1, at3) = Precision(outcomes);
        var lines = new List<string> { string.Create(inv, $"{outcomes.Count} queries: precision@1 {at1:P1}, precision@3 {at3:P1}") };
        foreach (var section in outcomes.GroupBy(o => o.Case.Section).Where(g => g.Key.Length > 0))
        {
            var (s1, s3) = Precision(section.ToList());
            lines.Add(string.Create(inv, $"  {section.Key}: {section.Count()} queries, precision@1 {s1:P1}, precision@3 {s3:P1}"));
        }
        lines.AddRange(outcomes.Where(o => !o.HitAt1).Select(o => string.Create(inv,
            $"  {(o.HitAt3 ? "@3" : "miss")}  line {o.Case.Line} '{o.Case.Query}': got [{string.Join(", ", o.Top)}], want {string.Join(" ", o.Case.Acceptable)}")));
        return string.Join('\n', lines);
    }
}
