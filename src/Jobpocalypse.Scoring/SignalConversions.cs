namespace Jobpocalypse.Scoring;

/// <summary>The 0–100 value of each non-task signal, with a short description of where it came from.</summary>
public static class SignalConversions
{
    public static double Clamp(double value) => Math.Clamp(value, 0, 100);

    public static (double? Value, string Detail) AiExposurePrior(double? lmAioe, ScoringPopulation population)
    {
        if (lmAioe is not { } raw || population.LmAioePercentile(raw) is not { } pct)
            return (null, "No LM-AIOE score for this occupation's SOC 2010 code");
        return (pct, $"LM-AIOE {raw:0.00}, percentile {pct:0} of {population.LmAioeCount}");
    }

    /// <summary>Observed use: Tomlinson et al.'s AI applicability score (0–1) on the 0–100 scale.</summary>
    public static (double? Value, string Detail) ObservedUse(double? applicability)
    {
        if (applicability is not { } a) return (null, "No observed-use data for this occupation's SOC code");
        return (Clamp(a * 100), $"AI applicability score {a:0.000} (share of work activities with successful, broad AI use)");
    }

    public static (double? Value, string Detail) Outlook(double? changePct, ScoringModel model)
    {
        if (changePct is not { } pct) return (null, "No BLS projection for this occupation");
        return (Clamp(model.Outlook.Neutral - model.Outlook.PointsPerPercent * pct),
            $"Projected employment change 2024–34: {pct:+0.0;−0.0;0.0}%");
    }

    public static (double? Value, string Detail) EntryEducation(string? wording, ScoringModel model)
    {
        if (model.Education(wording) is not { } level) return (null, "No BLS entry education for this occupation");
        return (level.Value, level.BlsWording);
    }

    public static (double? Value, string Detail) CredentialTrend(OccupationInput o, ScoringModel model, ScoringPopulation population)
    {
        var before = model.Education(o.PreviousEntryEducation);
        var now = model.Education(o.EntryEducation);
        var growth = ScoringPopulation.WageGrowthPct(o.PreviousMedianWage, o.MedianWage);
        if (before is null || now is null || growth is null || population.MedianWageGrowthPct is not { } median)
            return (null, "Not in both BLS releases");
        int levelsDown = before.Rank - now.Rank;
        double relativeWage = growth.Value - median;
        var c = model.CredentialTrend;
        double value = Clamp(c.Neutral + c.PointsPerLevel * levelsDown - c.PointsPerWagePoint * relativeWage);
        string requirement = levelsDown switch
        {
            0 => "entry requirement unchanged",
            > 0 => $"entry requirement fell from {before.BlsWording} to {now.BlsWording}",
            _ => $"entry requirement rose from {before.BlsWording} to {now.BlsWording}",
        };
        return (value, $"{requirement}; median wage {growth:+0.0;−0.0}% vs {median:+0.0;−0.0}% for the median occupation (2022 → 2024)");
    }
}
