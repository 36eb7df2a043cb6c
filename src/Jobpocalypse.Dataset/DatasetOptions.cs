namespace Jobpocalypse.Dataset;

/// <summary>Where the dataset comes from and where the reference database goes (configuration section "Dataset").</summary>
public sealed class DatasetOptions
{
    public const string SectionName = "Dataset";

    /// <summary>The default database path, relative to the current directory.</summary>
    public const string DefaultDatabasePath = "app-data/reference.db";

    /// <summary>The data folder (the repository's <c>data/</c>). Empty: located with <see cref="DataFolder.Locate"/>.</summary>
    public string? SourcePath { get; set; }

    /// <summary>The reference SQLite database file. Empty: <see cref="DefaultDatabasePath"/>.</summary>
    public string? DatabasePath { get; set; }

    public string ResolveSourcePath() =>
        string.IsNullOrWhiteSpace(SourcePath) ? DataFolder.Locate() : Path.GetFullPath(SourcePath);

    public string ResolveDatabasePath() =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(DatabasePath) ? DefaultDatabasePath : DatabasePath);
}
