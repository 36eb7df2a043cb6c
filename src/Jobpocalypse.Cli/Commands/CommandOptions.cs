using System.CommandLine;
using System.Globalization;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Cli.Commands;

/// <summary>The options several commands share, spelt and described once.</summary>
internal static class CommandOptions
{
    public static Option<string?> Data() => new("--data")
    {
        Description = "The data folder (default: the first data/ holding PROVENANCE.md above the current directory or the application)",
        HelpName = "dir",
    };

    public static Option<string?> Database() => new("--out")
    {
        Description = $"The reference database, built when missing or stale (default: {DatasetOptions.DefaultDatabasePath})",
        HelpName = "file",
    };

    public static Option<string?> AppDatabase(string what) => new("--db")
    {
        Description = $"{what} (default: the site's own, from AppDatabase:Path or <AppData>/app.db)",
        HelpName = "file",
    };

    /// <summary>A count that must be at least 1.</summary>
    public static Option<int> Positive(string name, int defaultValue, string description)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue, HelpName = "n" };
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0) return defaultValue;
            if (int.TryParse(result.Tokens[^1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1) return value;
            result.AddError($"{name} must be a whole number of at least 1, not '{result.Tokens[^1].Value}'.");
            return defaultValue;
        };
        return option;
    }

    public static DatasetOptions Dataset(ParseResult parsed, Option<string?> data, Option<string?> database) =>
        new() { SourcePath = parsed.GetValue(data), DatabasePath = parsed.GetValue(database) };

    /// <summary>The occupation a benchmark times, 29-2072.00 unless named.</summary>
    public static Option<string> Occupation(string what) => new("--code")
    {
        Description = $"The occupation {what} N times (an O*NET-SOC code)", DefaultValueFactory = _ => "29-2072.00", HelpName = "code",
    };

    /// <summary>Where a benchmark writes the one occupation's output, to look at.</summary>
    public static Option<string?> Save(string what) => new("--save") { Description = $"Write that occupation's {what} into this folder, to look at", HelpName = "dir" };

    /// <summary>
    /// The reference snapshot (the database built first when missing or stale) and the occupation a benchmark times;
    /// null, with the reason on stderr, when the dataset has no such occupation.
    /// </summary>
    public static async Task<(ReferenceSnapshot Snapshot, OccupationEntry Entry)?> LoadOccupationAsync(string command, DatasetOptions options,
        string code, TimeProvider time, TextWriter error, CancellationToken ct)
    {
        var result = await new DatasetBuilder(time).EnsureBuiltAsync(options.ResolveSourcePath(), options.ResolveDatabasePath(), ct);
        var snapshot = await ReferenceLoader.LoadAsync(result.DatabasePath, ScoringModel.Default, ct);
        if (snapshot.ByCode(code) is { } entry) return (snapshot, entry);
        await error.WriteLineAsync($"{command}: no occupation {code} in dataset {snapshot.ShortVersion}");
        return null;
    }
}
