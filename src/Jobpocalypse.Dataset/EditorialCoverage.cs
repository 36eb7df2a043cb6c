using System.Globalization;

namespace Jobpocalypse.Dataset;

/// <summary>How much of 2024 US employment the editorial analyses cover, in thousands of jobs as BLS publishes them.</summary>
public sealed record EmploymentCoverage(int Analysed, int CoveredLines, double CoveredThousands, double TotalThousands)
{
    public double Share => TotalThousands > 0 ? CoveredThousands / TotalThousands : 0;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"Editorial analyses: {Analysed} {(Analysed == 1 ? "occupation" : "occupations")}, representing {CoveredLines} National Employment Matrix " +
        $"{(CoveredLines == 1 ? "line" : "lines")}: " +
        $"{Share:0.0%} of 2024 US employment ({CoveredThousands:#,0.0} of {TotalThousands:#,0.0} thousand jobs)");
}

/// <summary>
/// The share of 2024 US employment whose occupation has an analysis. Each "Line item" of the BLS National Employment
/// Matrix (Employment Projections table 1.2) counts when its representative O*NET occupation is analysed; the share is
/// of the "Total, all occupations" row.
/// </summary>
public static class EditorialCoverage
{
    private const string NemTitle = "2024 National Employment Matrix title", NemCode = "2024 National Employment Matrix code",
        OccupationType = "Occupation type", Employment = "Employment, 2024", Total = "Total, all occupations";

    /// <summary>One "Line item" of the matrix, its 2024 employment (thousands) and the O*NET occupation that stands for it.</summary>
    internal sealed record MatrixLine(string Code, string Title, double Employment, string? Representative);

    /// <summary>The coverage of the analysed occupations, from the BLS matrix in <paramref name="dataDirectory"/>.</summary>
    public static EmploymentCoverage Compute(string dataDirectory, IReadOnlySet<string> analysed) =>
        Compute(DatasetInputs.Load(dataDirectory), analysed);

    internal static EmploymentCoverage Compute(DatasetInputs inputs, IReadOnlySet<string> analysed)
    {
        var (lines, total) = ReadLines(inputs);
        var covered = lines.Where(l => l.Representative is { } r && analysed.Contains(r)).ToList();
        return new EmploymentCoverage(analysed.Count, covered.Count, covered.Sum(l => l.Employment), total);
    }

    /// <summary>The representative occupations of the matrix lines, largest line first.</summary>
    internal static IEnumerable<string> RepresentativesBySize(DatasetInputs inputs) =>
        ReadLines(inputs).Lines.OrderByDescending(l => l.Employment).Select(l => l.Representative).OfType<string>();

    internal static (List<MatrixLine> Lines, double Total) ReadLines(DatasetInputs inputs)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.OccupationData, '\t', "O*NET-SOC Code", "Title"))
            titles[row.Text("O*NET-SOC Code")] = row.Text("Title");
        var byNemCode = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.OohCrosswalk, ',', "O*NET-SOC Code", "O*NET-SOC Title", "NEM Code"))
        {
            var code = row.Text("O*NET-SOC Code");
            titles.TryAdd(code, row.Text("O*NET-SOC Title"));
            if (row.Optional("NEM Code") is { } nem)
                (byNemCode.TryGetValue(nem, out var list) ? list : byNemCode[nem] = []).Add(code);
        }

        double total = 0;
        var lines = new List<MatrixLine>();
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.BlsProjections2024, ',', NemTitle, NemCode, OccupationType, Employment))
        {
            var title = row.Text(NemTitle);
            if (title == Total)
                total = row.Real(Employment);
            if (row.Text(OccupationType) != "Line item")
                continue;
            var code = row.Text(NemCode);
            // The crosswalk's O*NET occupations for this line, and any O*NET code that extends the line's own.
            var candidates = byNemCode.GetValueOrDefault(code, [])
                .Concat(titles.Keys.Where(k => k.Length > code.Length && k.StartsWith(code + ".", StringComparison.Ordinal)))
                .Distinct(StringComparer.Ordinal)
                .Select(c => (c, titles.GetValueOrDefault(c, "")));
            lines.Add(new MatrixLine(code, title, row.Real(Employment), Representative(code, title, candidates)));
        }
        if (total <= 0)
            throw new DatasetBuildException(DatasetInputs.BlsProjections2024, null, $"no '{Total}' row with employment");
        return (lines, total);
    }

    /// <summary>
    /// The O*NET occupation that stands for a matrix line: the one whose title is the line's (ignoring case), else the
    /// line's own '.00' code, else (a line that merges several O*NET occupations, such as home health and personal care
    /// aides) the first of them by code. Null when the line has no O*NET occupation.
    /// </summary>
    internal static string? Representative(string nemCode, string nemTitle, IEnumerable<(string Code, string Title)> candidates)
    {
        var sorted = candidates.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        return sorted.FirstOrDefault(c => string.Equals(c.Title, nemTitle, StringComparison.OrdinalIgnoreCase)).Code
               ?? sorted.FirstOrDefault(c => c.Code == nemCode + ".00").Code
               ?? sorted.FirstOrDefault().Code;
    }
}
