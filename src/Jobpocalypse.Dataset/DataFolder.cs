namespace Jobpocalypse.Dataset;

/// <summary>Finds the repository's <c>data/</c> folder: the first ancestor folder holding <c>data/PROVENANCE.md</c>.</summary>
public static class DataFolder
{
    public const string MarkerFile = "PROVENANCE.md";

    /// <summary>
    /// Walks up from the current directory, then from <see cref="AppContext.BaseDirectory"/>, and returns the full
    /// path of the first <c>data</c> folder that holds <see cref="MarkerFile"/>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No such folder above either starting point.</exception>
    public static string Locate() =>
        TryLocate(Directory.GetCurrentDirectory(), AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException(
            $"No data folder found: looked for data/{MarkerFile} above '{Directory.GetCurrentDirectory()}' " +
            $"and above '{AppContext.BaseDirectory}'. Pass the folder explicitly (--data, or Dataset:SourcePath).");

    /// <summary>The first <c>data</c> folder holding <see cref="MarkerFile"/> above any of the starting folders, in order; null if none.</summary>
    public static string? TryLocate(params string[] startDirectories)
    {
        foreach (var start in startDirectories)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (File.Exists(Path.Combine(candidate, MarkerFile)))
                    return candidate;
            }
        }
        return null;
    }
}
