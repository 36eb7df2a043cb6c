using System.Text.Json;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Reports;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Downloads;

/// <summary>
/// One occupation's free scores as the downloads publish them. Every value is rounded to one decimal; a missing
/// one is null (never zero), so a reader can tell "no data" from a low score.
/// </summary>
public sealed record ScoreRecord(
    string Code,
    string SocCode,
    string Title,
    string Slug,
    string Url,
    string CategoryCode,
    string CategoryTitle,
    double? Overall,
    string? Band,
    double? WhatAiCanDo,
    double? MarketAdjustment,
    double? TaskSignal,
    IReadOnlyDictionary<string, double?> Signals,
    double? Entry,
    double? Mid,
    double? Senior)
{
    /// <summary>The records of every occupation in the snapshot, A–Z, with URLs absolute under <paramref name="origin"/>.</summary>
    public static IReadOnlyList<ScoreRecord> From(ReferenceSnapshot snapshot, string origin) =>
        snapshot.Occupations.Select(o => From(o, origin)).ToList();

    public static ScoreRecord From(OccupationEntry entry, string origin)
    {
        var score = entry.Score;
        return new ScoreRecord(
            entry.Code,
            entry.Occupation.SocCode,
            entry.Title,
            entry.Slug,
            origin + entry.Url,
            entry.Category.SocCode,
            entry.Category.Title,
            Round(score.Overall),
            score.Band?.Name,
            Round(score.Evidence),
            Round(score.Market?.Applied),
            Round(score.Signal(SignalKind.Tasks).Value),
            // Keyed by signal kind in the model's order; the writers name the columns from these keys.
            score.Signals.Where(s => s.Definition.Kind != SignalKind.Tasks)
                .ToDictionary(s => s.Definition.Kind.ToString(), s => Round(s.Value)),
            Round(score.Level(SeniorityLevel.Entry)),
            Round(score.Level(SeniorityLevel.Mid)),
            Round(score.Level(SeniorityLevel.Senior)));
    }

    /// <summary>The non-task signal keys of a model, in its order (the CSV's signal columns).</summary>
    public static IReadOnlyList<string> SignalKeys(ScoringModel model) =>
        model.Signals.Where(s => s.Kind != SignalKind.Tasks).Select(s => s.Kind.ToString()).ToList();

    /// <summary>
    /// The lines the sources' licences ask a redistribution to carry: O*NET (CC BY 4.0), the Eloundou et al. labels (MIT),
    /// the observed-use data (CC BY 4.0), the AIOE and BLS.
    /// </summary>
    public static IReadOnlyList<string> Attribution { get; } =
    [
        Attributions.Onet,
        $"Task labels: {Attributions.Eloundou2023} Data under the MIT licence; {Attributions.EloundouNotice}",
        $"Observed AI use: {Attributions.ObservedUse}",
        $"AI exposure prior: {Attributions.Aioe2021}; {Attributions.LmAioe2023}",
        "Employment, wages, education and outlook: U.S. Bureau of Labor Statistics (public domain).",
        "Scores: Jobpocalypse, computed from these sources; method at /methodology.",
    ];

    public static string SnakeCase(string key) => JsonNamingPolicy.SnakeCaseLower.ConvertName(key);

    private static double? Round(double? value) =>
        value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;
}
