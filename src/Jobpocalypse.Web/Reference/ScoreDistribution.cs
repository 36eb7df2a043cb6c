using System.Globalization;
using System.Text;
using Jobpocalypse.Scoring;

namespace Jobpocalypse.Web.Reference;

/// <summary>
/// The score distribution report (the Cli's <c>score-distribution</c>): coverage, min / median / max and a text histogram
/// of the overall scores, and one occupation's score signal by signal.
/// </summary>
public static class ScoreDistribution
{
    public static string Describe(ReferenceSnapshot snapshot)
    {
        var inv = CultureInfo.InvariantCulture;
        var all = snapshot.Occupations;
        var scores = snapshot.Rated.Select(o => o.Score.Overall!.Value).Order().ToList();
        var text = new StringBuilder();
        text.AppendLine(inv, $"Dataset {snapshot.ShortVersion}");
        text.AppendLine(inv, $"Occupations: {all.Count}; rated {scores.Count}; not rated {all.Count - scores.Count}");
        text.AppendLine(inv, $"With a {DatasetBuilder.BlsRelease} BLS projection: {all.Count(o => o.Projection is not null)}; with an LM-AIOE prior: {all.Count(o => o.Score.Signal(SignalKind.AiExposurePrior).IsAvailable)}");
        text.AppendLine(inv, $"With observed AI use (Tomlinson et al. 2025): {all.Count(o => o.Score.Signal(SignalKind.ObservedUse).IsAvailable)}");
        text.AppendLine(inv, $"Tasks: {all.Sum(o => o.Score.TaskSignal.Tasks.Count)}; rated {all.Sum(o => o.Score.TaskSignal.RatedCount)}");
        if (scores.Count == 0) return text.ToString();

        double median = scores.Count % 2 == 1 ? scores[scores.Count / 2] : (scores[scores.Count / 2 - 1] + scores[scores.Count / 2]) / 2;
        text.AppendLine(inv, $"Overall score: min {scores[0]:0.0}, median {median:0.0}, max {scores[^1]:0.0}");
        foreach (var band in snapshot.Model.Bands)
            text.AppendLine(inv, $"  {band.Name,-10} {snapshot.Rated.Count(o => o.Score.Band == band),4}");
        text.AppendLine("Histogram of shown (rounded) scores, 10-point bins, one # per 5 occupations:");
        var shown = scores.Select(ScoreRounding.Shown).ToList();
        for (int low = 0; low < 100; low += 10)
        {
            int count = shown.Count(s => s >= low && (s < low + 10 || (low == 90 && s <= 100)));
            var range = $"{low}-{(low == 90 ? 100 : low + 9)}";
            text.AppendLine(inv, $"  {range,6} {count,4} {new string('#', (count + 4) / 5)}");
        }
        var v = snapshot.Validation;
        foreach (var c in v.Correlations)
            text.AppendLine(inv, $"Spearman rho vs {c.Against}: {c.Rho:0.000} (n = {c.Count})");
        text.AppendLine(inv, $"Same band as the evidence: {v.SameBandAsEvidence:P1}; as the task signal alone: {v.SameBandAsTasks:P1}; market limited by band: {v.LimitedByBand}");
        return text.ToString();
    }

    /// <summary>One occupation's score, signal by signal, as its report assembles it.</summary>
    public static string Breakdown(OccupationEntry e)
    {
        var inv = CultureInfo.InvariantCulture;
        var s = e.Score;
        var text = new StringBuilder();
        text.AppendLine(inv, $"{e.Code} {e.Title}");
        foreach (var signal in s.Signals)
            text.AppendLine(inv, $"  {signal.Group,-8} {signal.Definition.Name,-20} value {signal.Value,6:0.0}  weight {signal.Weight,5:0.##}  share {signal.EffectiveWeight,6:P1}  points {signal.Contribution,6:+0.00;-0.00}  {signal.Detail}");
        text.AppendLine(inv, $"  What AI can do {s.Evidence:0.00}; market {s.Market?.Raw:+0.00;-0.00} (applied {s.Market?.Applied:+0.00;-0.00}); overall {s.Overall:0.00} -> {s.Band?.Name}");
        text.AppendLine(inv, $"  Share of rated task weight at or above the verdict mark: {s.ShareAtOrAboveMark:P1}; verdict: {s.Verdict?.Text}");
        foreach (var l in s.Levels)
            text.AppendLine(inv, $"  {l.Level,-6} task signal {l.TaskSignal:0.0} x{l.Multiplier:0.000} -> {l.Score:0.0}");
        return text.ToString();
    }
}
