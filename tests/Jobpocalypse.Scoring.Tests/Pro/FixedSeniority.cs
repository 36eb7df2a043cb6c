namespace Jobpocalypse.Scoring.Tests.Pro;

/// <summary>Gives a score chosen seniority multipliers, so Pro rules can be worked by hand whatever the task texts.</summary>
internal static class FixedSeniority
{
    public static OccupationScore With(this OccupationScore score, double entry, double mid, double senior) => score with
    {
        Seniority = new SeniorityProfile([],
            [new(SeniorityLevel.Entry, 0, entry, 0), new(SeniorityLevel.Mid, 0, mid, 0), new(SeniorityLevel.Senior, 0, senior, 0)], 3),
    };
}
