using Jobpocalypse.Scoring;

namespace Jobpocalypse.Web.Reference;

/// <summary>Everything the free report says about one occupation, loaded and scored once per dataset version.</summary>
public sealed class OccupationEntry
{
    public required OccupationRow Occupation { get; init; }
    public required CategoryRow Category { get; init; }
    public required OccupationScore Score { get; init; }
    public ProjectionRow? Projection { get; init; }
    public ProjectionRow? PreviousProjection { get; init; }
    public OohProfileRow? Ooh { get; init; }
    public required IReadOnlyList<EditorialTaskScore> Editorial { get; init; }
    /// <summary>The analysis's review date, evidence profile and tasks left out; null when the occupation has no analysis.</summary>
    public EditorialAnalysis? Analysis { get; init; }
    public required IReadOnlyList<RelatedRow> OnetRelated { get; init; }

    public string Code => Occupation.Code;
    public string Title => Occupation.Title;
    public string Slug => Occupation.Slug;
    public string Url => $"/occupations/{Occupation.Slug}";
    /// <summary>Whether an editor has written the full task analysis (duties, rationales, evidence) for this occupation.</summary>
    public bool HasAnalysis => Analysis is not null;

    /// <summary>BLS's own outlook wording where its Handbook profile has one, otherwise derived from the projection.</summary>
    public (string Wording, bool FromBls)? Outlook =>
        Ooh?.OutlookWording is { } wording ? (wording, true)
        : Projection?.ChangePct is { } pct ? (BlsOutlook.Wording(pct), false)
        : null;
}
