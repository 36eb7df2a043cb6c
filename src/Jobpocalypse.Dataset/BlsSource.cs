using System.Globalization;
using System.Text.RegularExpressions;

namespace Jobpocalypse.Dataset;

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
        DatasetBuilder.BlsRelease, DatasetInputs.BlsProjections2024,
        "2024 National Employment Matrix title", "2024 National Employment Matrix code",
        "Employment, 2024", "Employment, 2034", "Employment change, percent, 2024–34",
        "Occupational openings, 2024–34 annual average", "Median annual wage, dollars, 2024[1]");

    public static readonly BlsProjectionRelease Release2022 = new(
        DatasetBuilder.PreviousBlsRelease, DatasetInputs.BlsProjections2022,
        "2022 National Employment Matrix title", "2022 National Employment Matrix code",
        "Employment, 2022", "Employment, 2032", "Employment change, percent, 2022-32",
        "Occupational openings, 2022-32 annual average", "Median annual wage, 2022(1)");
}

/// <summary>Reads the BLS Employment Projections tables.</summary>
internal static partial class BlsSource
{
    /// <summary>BLS's footnoted top wage band, '>=$239,200': the median is at or above that figure.</summary>
    [GeneratedRegex(@"^>=\$\d{1,3}(,\d{3})*$")]
    private static partial Regex TopCodedWage();

    /// <summary>The "Line item" (detailed occupation) rows of a release; "Summary" rows are SOC groups and are skipped.</summary>
    public static List<ProjectionRow> ReadProjections(DatasetInputs inputs, BlsProjectionRelease r)
    {
        var rows = new List<ProjectionRow>();
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
            rows.Add(new ProjectionRow
            {
                Release = r.Release, SocCode = code, Title = row.Text(r.Title), // titles are indented by level: Text trims
                EmploymentStart = row.Real(r.EmploymentStart), EmploymentEnd = row.Real(r.EmploymentEnd),
                ChangePct = row.Real(r.ChangePct), Openings = row.Real(r.Openings),
                MedianWage = MedianWage(row, r.MedianWage),
                EntryEducation = row.TextOrDash(BlsProjectionRelease.EntryEducation),
                WorkExperience = row.TextOrDash(BlsProjectionRelease.WorkExperience),
                Training = row.TextOrDash(BlsProjectionRelease.Training),
            });
        }
        return rows;
    }

    /// <summary>A wage in whole dollars, or NULL for BLS's markers ('—', or the top band '>=$239,200'). Anything else is an error.</summary>
    private static int? MedianWage(SourceRow row, string column)
    {
        var value = row.Text(column);
        if (value == SourceRow.BlsDash || TopCodedWage().IsMatch(value))
            return null;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var wage)
            ? wage
            : throw row.Error($"column '{column}': '{value}' is neither a wage in dollars nor a BLS marker ('—', '>=$N')");
    }
}
