namespace Jobpocalypse.Scoring;

public sealed partial record ScoringModel
{
    /// <summary>
    /// The stances an editorial duty may take, highest first: a duty takes the first whose <see cref="EditorialStance.Min"/>
    /// its shown (rounded) score reaches, so the words beside a duty always agree with its number.
    /// </summary>
    public required IReadOnlyList<EditorialStance> EditorialStances { get; init; }

    /// <summary>The shape every analysis must have; the dataset build enforces it and the methodology states it.</summary>
    public required EditorialLimits EditorialLimits { get; init; }

    /// <summary>The stance of a duty none of whose O*NET tasks is rated.</summary>
    public required EditorialStance EditorialNotRated { get; init; }

    /// <summary>The stance a duty with this computed score must take; <see cref="EditorialNotRated"/> when it has none.</summary>
    public EditorialStance StanceFor(double? score) =>
        score is { } s ? EditorialStances.First(x => ScoreRounding.Shown(s) >= x.Min) : EditorialNotRated;

    /// <summary>Every stance id an analysis file may use, not-rated included.</summary>
    public EditorialStance? Stance(string id) =>
        EditorialStances.Append(EditorialNotRated).FirstOrDefault(x => string.Equals(x.Id, id, StringComparison.Ordinal));
}

/// <summary>An editorial stance: its id in the data files, the label readers see, and the lowest shown score that takes it.</summary>
public sealed record EditorialStance(string Id, string Label, double Min);

/// <summary>
/// How many duties an analysis has, how long a duty's rationale is (in words), and how long at least the reason is for
/// leaving an O*NET task under no duty.
/// </summary>
public sealed record EditorialLimits(int MinDuties, int MaxDuties, int MinRationaleWords, int MaxRationaleWords, int MinReasonWords);
