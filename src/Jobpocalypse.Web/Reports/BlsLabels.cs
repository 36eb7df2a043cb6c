namespace Jobpocalypse.Web.Reports;

/// <summary>
/// The years of the BLS release the report quotes, as its labels write them, all read from the one release
/// constant (<see cref="DatasetBuilder.BlsRelease"/>, "2024-34"), so a new release relabels every row at once.
/// </summary>
public static class BlsLabels
{
    /// <summary>"2024": the release's base year, when its employment and wages were measured.</summary>
    public static string BaseYear => DatasetBuilder.BlsRelease[..4];

    /// <summary>"2034": the year it projects to.</summary>
    public static string EndYear => DatasetBuilder.BlsRelease[..2] + DatasetBuilder.BlsRelease[^2..];

    /// <summary>"2024–34", with an en dash.</summary>
    public static string Span => DatasetBuilder.BlsRelease.Replace('-', '–');

    /// <summary>The median wage's label, on the cover and in the BLS table alike.</summary>
    public static string MedianWage => $"Median annual wage (BLS, {BaseYear})";

    public static string Employment => $"Employment {BaseYear}";
}
