namespace Jobpocalypse.Scoring.Tests;

public class NeighboursTests
{
    private static readonly OccupationScorer Scorer = new(ScoringModel.Default, new ScoringPopulation([0.0, 1.0], null));

    private static OccupationScore Score(string code, string category, ExposureLabel exposure, AutomationLabel automation) =>
        Scorer.Score(new OccupationInputBuilder().Code(code, category).Task(exposure, automation).Build());

    [Fact]
    public void Closest_keeps_the_category_orders_by_distance_and_excludes_itself()
    {
        var target = Score("a", "43", ExposureLabel.E2, AutomationLabel.T2);
        var all = new[]
        {
            target,
            Score("far", "43", ExposureLabel.E0, AutomationLabel.T0),
            Score("same", "43", ExposureLabel.E2, AutomationLabel.T2),
            Score("near", "43", ExposureLabel.E2, AutomationLabel.T3),
            Score("other-category", "15", ExposureLabel.E2, AutomationLabel.T2),
        };

        var closest = Neighbours.Closest(target, all, 2);

        Assert.Equal(["same", "near"], closest.Select(o => o.Code));
    }
}
