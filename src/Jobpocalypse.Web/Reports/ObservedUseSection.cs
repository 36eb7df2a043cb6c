using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Reports;

/// <summary>Observed AI use in the occupation's work activities (Tomlinson et al. 2025), or why there is none.</summary>
public sealed record ObservedUseSection(string? Missing)
{
    public const string Id = "observed-use";
    public const string Heading = "Where people already use AI in this work";

    public string Lede { get; init; } = "";
    public Phrase? Score { get; init; }
    public string Caveat { get; init; } = Attributions.ObservedUseCaveat;
    public ReportTable? Activities { get; init; }
    public string Key { get; init; } = "";
    public string Citation { get; init; } = Attributions.ObservedUse;

    public static ObservedUseSection Build(OccupationEntry e)
    {
        var use = e.Score.Signal(SignalKind.ObservedUse);
        if (!use.IsAvailable || e.WorkActivities.Count == 0)
            return new($"Missing: the observed-use study (Tomlinson et al. 2025) has no data for SOC {e.Occupation.SocCode}, so this signal " +
                "weighs nothing here and no value is shown.");
        return new((string?)null)
        {
            Lede = "Observed use of a consumer AI assistant (US, January–September 2024) in this occupation's work activities.",
            Score = new("The occupation's AI applicability score is ", Display.Score(use.Value), " on a 0–100 scale."),
            Activities = new ReportTable("observed-use-table", "The occupation's work activities with the most observed AI use",
                [new("Work activity (O*NET)", 0.6), ReportColumn.Number("Share of conversations", 0.2), ReportColumn.Number("Goal completed", 0.2)],
                e.WorkActivities.Select(a => new ReportCell[] { a.Title, Display.Share(a.ShareOfUse), Display.Share(a.Completion) }).ToList())
            { RowHeaders = false },
            Key = "Share of conversations: of all conversations in which a user sought help with some work activity, the share about this one. " +
                "Goal completed: how often the assistant completed what the user asked, as the study judged it.",
        };
    }
}
