namespace Jobpocalypse.Scoring.Pro;

/// <summary>
/// Every constant of the four Pro features (task heatmap, pivot paths, wage impact, tool recommendations).
/// Part of <see cref="ScoringModel"/>, so the methodology page renders the same numbers the code uses.
/// </summary>
public sealed record ProModel
{
    public required HeatmapScale Heatmap { get; init; }
    public required PivotRule Pivots { get; init; }
    public required WageImpactRule Wages { get; init; }
    public required ToolMatchRule Tools { get; init; }
}

/// <summary>A rule written out for readers: its name and the formula in words.</summary>
public sealed record FormulaText(string Name, string Formula);

/// <summary>
/// The heatmap's colour scale as data, so the SVG and its legend come from one list. A cell's bin is chosen from
/// the whole number it displays (rounded half away from zero, as every score on the site is shown).
/// </summary>
public sealed record HeatmapScale(IReadOnlyList<HeatmapBin> Bins, HeatmapBin NotRated, string Explanation)
{
    public HeatmapBin BinFor(double? feasibility)
    {
        if (feasibility is not { } f) return NotRated;
        double shown = ScoreRounding.Shown(f);
        return Bins.LastOrDefault(b => shown >= b.Min) ?? Bins[0];
    }
}

/// <summary>One colour band of the heatmap: values Min–Max (whole numbers), the cell fill and the text drawn on it.</summary>
public sealed record HeatmapBin(int Min, int Max, string Name, string Fill, string Text, string TextName)
{
    /// <summary>WCAG 2 contrast ratio of the text colour on the fill (AA asks at least 4.5 for normal text).</summary>
    public double Contrast => Wcag.ContrastRatio(Text, Fill);
    public string Range => Min == Max ? $"{Min}" : $"{Min}–{Max}";
}

/// <summary>How the occupation a pivot path leads to is related to the one it leaves.</summary>
public enum PivotRelation { PrimaryShort, PrimaryLong, Supplemental, SameCategory }

/// <summary>
/// A relation's weight in the ranking. <paramref name="Wording"/> is O*NET's tier name (or ours for same category), used to
/// read the data; <paramref name="Plain"/> is what a reader sees.
/// </summary>
public sealed record RelationWeight(PivotRelation Relation, string Wording, string Plain, double Weight, string Meaning);

/// <summary>How close a pivot is, in words: the first entry whose Min the task overlap reaches (overlap above zero).</summary>
public sealed record Closeness(double Min, string Words, string Meaning);

/// <summary>
/// Pivot paths: candidates (O*NET related occupations and the same-category neighbours) with a lower overall score,
/// ranked by rank value = score drop × relation weight × (OverlapFloor + (1 − OverlapFloor) × task overlap).
/// </summary>
public sealed record PivotRule(
    IReadOnlyList<RelationWeight> Relations,
    double OverlapFloor,
    int Count,
    TaskOverlapRule Overlap,
    IReadOnlyList<Closeness> ClosenessWords,
    int CarryOverCount,
    int ToLearnCount,
    IReadOnlyList<FormulaText> Formulas)
{
    public RelationWeight Relation(PivotRelation relation) => Relations.Single(r => r.Relation == relation);

    /// <summary>The words for a task overlap above zero (highest Min reached); null for no overlap.</summary>
    public Closeness? ClosenessFor(double? overlap) => overlap is double o && o > 0
        ? ClosenessWords.OrderByDescending(c => c.Min).FirstOrDefault(c => o >= c.Min) ?? ClosenessWords.MinBy(c => c.Min)
        : null;

    /// <summary>The relation named by an O*NET tier ("Primary-Short") or "Same category"; null for anything else.</summary>
    public RelationWeight? RelationFor(string wording) =>
        Relations.FirstOrDefault(r => string.Equals(r.Wording, wording, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// How "share of tasks in common" is measured: content words (letters only, lower-cased, at least MinWordLength
/// letters, not a stop word, read up to the first example marker), lightly stemmed, compared by cosine similarity; a source task is shared when its best
/// match among the candidate's tasks reaches Threshold. Calibration records how Threshold was chosen.
/// </summary>
public sealed record TaskOverlapRule(
    double Threshold,
    int MinWordLength,
    int MinStemLength,
    IReadOnlyList<(string Suffix, string Replacement)> Suffixes,
    IReadOnlyList<string> KeptEndings,
    IReadOnlyList<string> ExampleMarkers,
    IReadOnlySet<string> StopWords,
    string Calibration);

/// <summary>
/// Wage impact: the expected share of work time AI can do (task-weighted feasibility, no threshold), with a range from
/// the paper's GPT-4 and human exposure labels; Explanation says what stands in for time; Formulas hold every formula
/// in words for the methodology page.
/// </summary>
public sealed record WageImpactRule(string Explanation, string Range, IReadOnlyList<FormulaText> Formulas);

/// <summary>
/// Tool recommendations: the occupation's TopTaskCount rated tasks with the highest feasibility × weight (and
/// feasibility of at least MinFeasibility) are matched against the editorial tool categories; Formulas state the rule.
/// </summary>
public sealed record ToolMatchRule(int TopTaskCount, double MinFeasibility, IReadOnlyList<FormulaText> Formulas);
