namespace Jobpocalypse.Dataset;

public enum DatasetBuildOutcome
{
    /// <summary>A new database was built and moved into place.</summary>
    Built,

    /// <summary>The database already had the version of the current inputs; nothing was written.</summary>
    UpToDate,
}

/// <param name="Version">The full dataset version (64 hex characters).</param>
/// <param name="DatabasePath">The full path of the reference database.</param>
/// <param name="RowCounts">Rows written per table when built; empty when up to date.</param>
public sealed record DatasetBuildResult(
    DatasetBuildOutcome Outcome,
    string Version,
    string DatabasePath,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, int> RowCounts)
{
    /// <summary>The first 16 hex characters of <see cref="Version"/>, for display.</summary>
    public string ShortVersion => DatasetBuilder.ShortVersion(Version);
}
