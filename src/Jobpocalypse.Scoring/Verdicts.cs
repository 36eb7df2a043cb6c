namespace Jobpocalypse.Scoring;

/// <summary>
/// What a verdict asserts about the task table, so a test can hold every page to it: a verdict that says central parts
/// need a person may not sit above a table whose weight is mostly in tasks AI can do at least half of, and the reverse.
/// </summary>
public enum VerdictClaim
{
    /// <summary>Most of the work is within AI's reach.</summary>
    MostWithinReach,
    /// <summary>AI does part of most tasks, while a person still completes them.</summary>
    PartOfMostTasks,
    /// <summary>Central parts of the job still need a person.</summary>
    CentralPartsNeedPerson,
    /// <summary>AI can do little of the job.</summary>
    LittleWithinReach,
}

public sealed record Verdict(string Text, VerdictClaim Claim);

/// <summary>How the rated task weight spreads around the half-way mark of feasibility.</summary>
public enum TaskSpread
{
    /// <summary>At least <see cref="VerdictRule.BroadShare"/> of the rated task weight scores at or above the mark.</summary>
    Broad,
    Mixed,
    /// <summary>At least <see cref="VerdictRule.BroadShare"/> of the rated task weight scores below the mark.</summary>
    Narrow,
}

/// <summary>
/// The verdict comes from the band of the overall score and from the spread of the task table the reader sees:
/// the share of rated task weight whose feasibility is at least <see cref="Mark"/>.
/// </summary>
public sealed record VerdictRule(double Mark, double BroadShare)
{
    public TaskSpread Spread(double shareAtOrAboveMark) =>
        shareAtOrAboveMark >= BroadShare ? TaskSpread.Broad
        : 1 - shareAtOrAboveMark >= BroadShare ? TaskSpread.Narrow
        : TaskSpread.Mixed;

    /// <summary>Share of the rated task weight at or above the mark; null when no task is rated.</summary>
    public double? ShareAtOrAboveMark(TaskSignal tasks)
    {
        if (tasks.RatedWeight <= 0) return null;
        double above = tasks.Tasks.Where(t => t.Feasibility >= Mark).Sum(t => t.Weight);
        return above / tasks.RatedWeight;
    }

    /// <summary>Whether a claim contradicts a task table with this share of weight at or above the mark (rule of the report).</summary>
    public bool Contradicts(VerdictClaim claim, double shareAtOrAboveMark) => claim switch
    {
        VerdictClaim.CentralPartsNeedPerson or VerdictClaim.LittleWithinReach => shareAtOrAboveMark >= BroadShare,
        VerdictClaim.MostWithinReach => 1 - shareAtOrAboveMark >= BroadShare,
        _ => false,
    };
}
