using System.CommandLine;
using System.Globalization;

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
}
