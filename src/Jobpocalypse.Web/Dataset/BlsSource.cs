using System.Globalization;
using System.Text.RegularExpressions;

namespace Jobpocalypse.Web.Dataset;

/// <summary>The columns of one BLS Employment Projections release: the header names differ between releases.</summary>
internal sealed record BlsProjectionRelease(
    string Release, string File, string Title, string Code, string EmploymentStart, string EmploymentEnd,
    string ChangePct, string Openings, string MedianWage)
{
    public const string OccupationType = "Occupation type";
    public const string EntryEducation = "Typical education needed for entry";
    public const string WorkExperience = "Work experience in a related occupation";
    public const string Training = "Typical on-the-job training needed to attain competency in the occupation";

    public static readonly BlsProjectionRelease Release2024 = new(
        "2024-34", DatasetInputs.BlsProjections2024,
        "2024 National Employment Matrix title", "2024 National Employment Matrix code",
        "Employment, 2024", "Employment, 2034", "Employment change, percent, 2024–34",
        "Occupational openings, 2024–34 annual average", "Median annual wage, dollars, 2024[1]");

    public static readonly BlsProjectionRelease Release2022 = new(
        "2022-32", DatasetInputs.BlsProjections2022,
        "2022 National Employment Matrix title", "2022 National Employment Matrix code",
        "Employment, 2022", "Employment, 2032", "Employment change, percent, 2022-32",
        "Occupational openings, 2022-32 annual average", "Median annual wage, 2022(1)");
}

/// <summary>Reads the BLS Employment Projections tables and the educational attainment table.</summary>
internal static partial class BlsSource
{
    /// <summary>BLS's footnoted top wage band, '>=$239,200': the median is at or above that figure.</summary>
    [GeneratedRegex(@"^>=\$\d{1,3}(,\d{3})*$")]
    private static partial Regex TopCodedWage();

    /// <summary>The "Line item" (detailed occupation) rows of a release; "Summary" rows are SOC groups and are skipped.</summary>
    public static List<BlsProjectionRow> ReadProjections(DatasetInputs inputs, BlsProjectionRelease r)
    {
        var rows = new List<BlsProjectionRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DelimitedFile.Read(inputs, r.File, ',',
                     r.Title, r.Code, BlsProjectionRelease.OccupationType, r.EmploymentStart, r.EmploymentEnd, r.ChangePct,
                     r.Openings, r.MedianWage,
                     BlsProjectionRelease.EntryEducation, BlsProjectionRelease.WorkExperience, BlsProjectionRelease.Training))
        {
            if (row.OneOf(BlsProjectionRelease.OccupationType, "Line item", "Summary") == "Summary")
                continue;
            var code = row.Code(r.Code, SourceCodes.Soc(), SourceCodes.SocDescription);
            if (!seen.Add(code))
                throw row.Error($"duplicate line item '{code}'");
            var (wage, wageNote) = MedianWage(row, r.MedianWage);
            rows.Add(new BlsProjectionRow(
                r.Release, code, row.Text(r.Title), // titles are indented by level: Text trims
                row.Real(r.EmploymentStart), row.Real(r.EmploymentEnd), row.Real(r.ChangePct), row.Real(r.Openings),
                wage, wageNote,
                row.TextOrDash(BlsProjectionRelease.EntryEducation),
                row.TextOrDash(BlsProjectionRelease.WorkExperience),
                row.TextOrDash(BlsProjectionRelease.Training)));
        }
        return rows;
    }

    /// <summary>A wage in whole dollars, or NULL with BLS's marker ('—', or the top band '>=$239,200'). Anything else is an error.</summary>
    private static (int? Wage, string? Note) MedianWage(SourceRow row, string column)
    {
        var value = row.Text(column);
        if (value == SourceRow.BlsDash || TopCodedWage().IsMatch(value))
            return (null, value);
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var wage)
            ? (wage, null)
            : throw row.Error($"column '{column}': '{value}' is neither a wage in dollars nor a BLS marker ('—', '>=$N')");
    }

    public static List<EducationalAttainmentRow> ReadEducationalAttainment(DatasetInputs inputs)
    {
        const string code = "2022 National Employment Matrix code";
        string[] levels =
        [
            "Less than high school diploma", "High school diploma or equivalent", "Some college, no degree",
            "Associate's degree", "Bachelor's degree", "Master's degree", "Doctoral or professional degree",
        ];
        var rows = new List<EducationalAttainmentRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.BlsEducationalAttainment, ',', [code, .. levels]))
        {
            var soc = row.Code(code, SourceCodes.Soc(), SourceCodes.SocDescription);
            if (!seen.Add(soc))
                throw row.Error($"duplicate occupation '{soc}'");
            var shares = levels.Select(level => Percent(row, level)).ToArray();
            rows.Add(new EducationalAttainmentRow(soc, shares[0], shares[1], shares[2], shares[3], shares[4], shares[5], shares[6]));
        }
        return rows;
    }

    private static double Percent(SourceRow row, string column)
    {
        var value = row.Real(column);
        return value is >= 0 and <= 100 ? value : throw row.Error($"column '{column}': {value} is not a percentage");
    }
}
