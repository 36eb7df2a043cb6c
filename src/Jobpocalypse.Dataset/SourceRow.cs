using System.Globalization;
using System.Text.RegularExpressions;

namespace Jobpocalypse.Dataset;

/// <summary>One record of a delimited input, with typed, validated access to its fields by column name.</summary>
internal sealed class SourceRow(SourceRow.Layout layout, long line, string?[] fields)
{
    /// <summary>BLS's marker for "no data" in its tables.</summary>
    public const string BlsDash = "—";

    internal sealed record Layout(string File, IReadOnlyDictionary<string, int> Columns);

    public string File => layout.File;

    public long Line => line;

    /// <summary>The field as it is in the file.</summary>
    public string Raw(string column) => fields[Index(column)]!;

    /// <summary>A required value, trimmed.</summary>
    public string Text(string column)
    {
        var value = Raw(column).Trim();
        return value.Length > 0 ? value : throw Error($"missing value in column '{column}'");
    }

    /// <summary>An optional value, trimmed; null when empty.</summary>
    public string? Optional(string column)
    {
        var value = Raw(column).Trim();
        return value.Length > 0 ? value : null;
    }

    /// <summary>A required BLS text value, trimmed; null for BLS's '—'.</summary>
    public string? TextOrDash(string column)
    {
        var value = Text(column);
        return value == BlsDash ? null : value;
    }

    public int Int(string column)
    {
        var value = Text(column);
        return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw Error($"column '{column}': '{value}' is not a whole number");
    }

    public int? OptionalInt(string column) => Optional(column) is null ? null : Int(column);

    /// <summary>A whole number written as a decimal, like the Eloundou task IDs ('8823.0').</summary>
    public int IntFromDecimal(string column)
    {
        var value = Text(column);
        return decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
               && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue
            ? (int)d
            : throw Error($"column '{column}': '{value}' is not a whole number");
    }

    public double Real(string column)
    {
        var value = Text(column);
        return double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                   CultureInfo.InvariantCulture, out var result) && double.IsFinite(result)
            ? result
            : throw Error($"column '{column}': '{value}' is not a number");
    }

    /// <summary>A required code that must match <paramref name="pattern"/> (described as <paramref name="description"/>).</summary>
    public string Code(string column, Regex pattern, string description)
    {
        var value = Text(column);
        return pattern.IsMatch(value) ? value : throw Error($"column '{column}': '{value}' is not {description}");
    }

    /// <summary>A required value that must be one of <paramref name="allowed"/>.</summary>
    public string OneOf(string column, params string[] allowed)
    {
        var value = Text(column);
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw Error($"column '{column}': '{value}' is not one of {string.Join(", ", allowed.Select(a => $"'{a}'"))}");
    }

    public DatasetBuildException Error(string reason) => new(layout.File, line, reason);

    private int Index(string column) =>
        layout.Columns.TryGetValue(column, out var index) && fields[index] is not null
            ? index
            : throw new InvalidOperationException($"Column '{column}' of {layout.File} was not requested when the file was opened.");
}
