using System.Globalization;
using Jobpocalypse.Scoring;

namespace Jobpocalypse.Web.Infrastructure;

/// <summary>How numbers read on every page: whole scores, one-decimal points, thousands as BLS states them.</summary>
public static class Display
{
    // Invariant formatting matches US conventions (comma thousands, point decimals); the app runs globalization-invariant.
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    public static string Score(double? score) => score is { } s ? ScoreRounding.Shown(s).ToString("0", Us) : "not rated";
    public static string Points(double? points) => points is { } p ? p.ToString("0.0", Us) : "—";
    public static string Percent(double share) => (share * 100).ToString("0.#", Us) + "%";
    public static string Multiplier(double m) => "×" + m.ToString("0.00", Us);
    public static string SignedPercent(double? pct) => pct is { } p ? p.ToString("+0.0;−0.0;0.0", Us) + "%" : "—";
    public static string Dollars(int? amount) => amount is { } a ? a.ToString("$#,0", Us) : "not published";
    /// <summary>Large sums as "$1.2 billion" / "$340.5 million", smaller ones to the dollar.</summary>
    public static string LargeDollars(double? amount) => amount switch
    {
        null => "—",
        >= 1e9 => "$" + (amount.Value / 1e9).ToString("#,0.0", Us) + " billion",
        >= 1e6 => "$" + (amount.Value / 1e6).ToString("#,0.0", Us) + " million",
        _ => amount.Value.ToString("$#,0", Us),
    };

    /// <summary>BLS publishes employment and openings in thousands.</summary>
    public static string Thousands(double? value) => value is { } v ? (v * 1000).ToString("#,0", Us) : "—";

    public static string BandClass(ScoreBand? band) =>
        "band band-" + (band?.Name.ToLowerInvariant().Replace(' ', '-') ?? "not-rated");

    public static string BandName(ScoreBand? band) => band?.Name ?? "Not rated";

    public static string Freshness(Freshness freshness) => freshness switch
    {
        Scoring.Freshness.Static => "static (published research)",
        Scoring.Freshness.AnnualRefresh => "annual refresh",
        _ => "pending",
    };

    public static string Level(SeniorityLevel level) => level switch
    {
        SeniorityLevel.Entry => "Entry",
        SeniorityLevel.Mid => "Mid",
        _ => "Senior",
    };

    /// <summary>The task's O*NET designation and weight in words, as the scoring model names them.</summary>
    public static string TaskType(ScoringModel model, TaskType type) => model.Weight(type).Label;

    /// <summary>A task statement quoted inside a sentence: “Transcribe medical reports” (its own full stop dropped).</summary>
    public static string Quoted(string statement) => "“" + statement.Trim().TrimEnd('.', ';', ',') + "”";

    /// <summary>A plain number with at most one decimal: 17, 4, 2.5.</summary>
    public static string Number(double value) => value.ToString("0.#", Us);

    /// <summary>"+2.3" / "−1.0" / "0.0" points.</summary>
    public static string SignedPoints(double points) => ScoreRounding.Shown(points * 10) == 0 ? "0.0" : points.ToString("+0.0;−0.0", Us);

    /// <summary>A 0–1 share as a whole percent, "0.4%" below one percent.</summary>
    public static string Share(double? share) => share is { } s ? Share(s) : "—";

    public static string Share(double share) => share < 0.01 ? (share * 100).ToString("0.0", Us) + "%" : (share * 100).ToString("0", Us) + "%";
}
