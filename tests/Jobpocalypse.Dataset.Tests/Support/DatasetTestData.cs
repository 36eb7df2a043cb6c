using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Dataset.Tests;

/// <summary>The real data folder, the fixture dataset, copies of them, and ways to look inside a built database.</summary>
public static class DatasetTestData
{
    /// <summary>The repository's data/, found as the app finds it.</summary>
    public static string DataFolderPath { get; } = DataFolder.Locate();

    /// <summary>
    /// The fixture dataset: twenty occupations with their rows in every source file, in the real formats
    /// (tests/Jobpocalypse.Dataset.Tests/FixtureData, cut from data/ by make-fixture.py). Builds in milliseconds.
    /// </summary>
    public static string FixturePath { get; } = Path.Combine(AppContext.BaseDirectory, "FixtureData", "data");

    /// <summary>The test-only editorial analysis for 29-2072.00 (never placed in the real data/).</summary>
    public static string TestEditorialFile { get; } =
        Path.Combine(AppContext.BaseDirectory, "TestData", "editorial", "29-2072.00.json");

    /// <summary>Copies the fixture dataset into <paramref name="destination"/> and returns it.</summary>
    public static string CopyFixtureTo(string destination) => CopyDataTo(destination, FixturePath);

    /// <summary>Copies a data folder (by default the real one) into <paramref name="destination"/> and returns it.</summary>
    public static string CopyDataTo(string destination, string? source = null)
    {
        source ??= DataFolderPath;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return destination;
    }

    /// <summary>The 1-based number of the first line of a text file that <paramref name="match"/> accepts.</summary>
    public static int LineOf(string path, Func<string, bool> match) =>
        File.ReadLines(path).Select((line, i) => (line, i)).First(l => match(l.line)).i + 1;

    /// <summary>Replaces line <paramref name="lineNumber"/> (1-based) of a text file.</summary>
    public static void ReplaceLine(string path, int lineNumber, Func<string, string> change)
    {
        var lines = File.ReadAllText(path, Encoding.UTF8).Split('\n');
        lines[lineNumber - 1] = change(lines[lineNumber - 1]);
        File.WriteAllText(path, string.Join('\n', lines), new UTF8Encoding(false));
    }

    public static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    public static string FileHash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>
    /// A hash of every row of every table (FTS shadow tables included), in stored order, with each value's type:
    /// equal dumps mean equal contents. dataset_info's built_at is left out.
    /// </summary>
    public static IReadOnlyDictionary<string, string> TableDumps(string databasePath)
    {
        using var connection = Open(databasePath);
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                tables.Add(reader.GetString(0));
        }

        var dumps = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using var command = connection.CreateCommand();
            command.CommandText = table == "dataset_info"
                ? "SELECT * FROM dataset_info WHERE key <> 'built_at'"
                : $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    var text = value switch
                    {
                        DBNull => "null",
                        byte[] bytes => "blob:" + Convert.ToHexString(bytes),
                        double d => "real:" + d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                        _ => value.GetType().Name + ":" + Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                    };
                    hash.AppendData(Encoding.UTF8.GetBytes(text + "\u0001"));
                }
                hash.AppendData("\u0002"u8);
            }
            dumps[table] = Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        return dumps;
    }

    public static string[] TempFilesBeside(string databasePath) =>
        Directory.GetFiles(Path.GetDirectoryName(databasePath)!, Path.GetFileName(databasePath) + ".building-*");
}

/// <summary>A clock that says what it is told.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
