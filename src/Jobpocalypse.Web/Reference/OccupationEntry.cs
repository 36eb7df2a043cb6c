using Jobpocalypse.Scoring;

namespace Jobpocalypse.Web.Reference;

/// <summary>Everything the free report says about one occupation, loaded and scored once per dataset version.</summary>
public sealed class OccupationEntry
{
    public required OccupationRow Occupation { get; init; }
    public required CategoryRow Category { get; init; }
    /// <summary>What the score was computed from (kept for the validation report's leave-one-signal-out scores).</summary>
    public required OccupationInput Input { get; init; }
    public required OccupationScore Score { get; init; }
    public ProjectionRow? Projection { get; init; }
    public ProjectionRow? PreviousProjection { get; init; }
    public OohProfileRow? Ooh { get; init; }
    public required IReadOnlyList<EditorialTaskScore> Editorial { get; init; }
    /// <summary>The analysis's review date, evidence profile and tasks left out; null when the occupation has no analysis.</summary>
    public EditorialAnalysis? Analysis { get; init; }
    public required IReadOnlyList<RelatedRow> OnetRelated { get; init; }
    /// <summary>The SOC code's work activities with the most observed AI use; empty when the source has none.</summary>
    public required IReadOnlyList<WorkActivityRow> WorkActivities { get; init; }
    public PaperBetaRow? PaperBetas { get; init; }

    public string Code => Occupation.Code;
    public string Title => Occupation.Title;
    public string Slug => Occupation.Slug;
    public string Url => $"/occupations/{Occupation.Slug}";
    /// <summary>Whether an editor has written the full task analysis (duties, rationales, evidence) for this occupation.</summary>
    public bool HasAnalysis => Analysis is not null;

    /// <summary>
    /// The outlook phrase beside the occupation's own projected change. A Handbook profile often covers several
    /// occupations, and its wording belongs to the profile's figure; it is used only when it says what BLS's thresholds
    /// say for this occupation's own change, otherwise the phrase is derived from that change (FromBls false).
    /// </summary>
    public (string Wording, bool FromBls)? Outlook => Projection?.ChangePct is { } pct
        ? Ooh?.OutlookWording is { } wording && wording == BlsOutlook.Wording(pct) ? (wording, true) : (BlsOutlook.Wording(pct), false)
        : Ooh?.OutlookWording is { } profileOnly ? (profileOnly, true)
        : null;
}
