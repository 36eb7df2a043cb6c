using CsvHelper;

namespace Jobpocalypse.Scoring.Tests;

/// <summary>Reads the repository's data/ folder directly, for tests that check the rules against published tables.</summary>
internal static class RepositoryData
{
    public static string Folder { get; } = Locate();

    public static IEnumerable<Dictionary<string, string>> Rows(string relativePath, char separator)
    {
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = true,
            Mode = separator == '\t' ? CsvMode.NoEscape : CsvMode.Rfc4180,
        };
        using var csv = CsvReader.FromFile(Path.Combine(Folder, relativePath), options);
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(csv.Headers.Count);
            for (int i = 0; i < csv.Headers.Count; i++) row[csv.Headers[i]] = csv.GetString(i);
            yield return row;
        }
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "PROVENANCE.md"))) return candidate;
        }
        throw new DirectoryNotFoundException("No data/PROVENANCE.md above " + AppContext.BaseDirectory);
    }
}
