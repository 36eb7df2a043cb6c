using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring.Tests.Pro;

public class WageImpactTests
{
    private static readonly ScoringModel Model = ScoringModel.Default;
    private static readonly OccupationScorer Scorer = new(Model, new ScoringPopulation([0.0, 1.0], null));

    // Multipliers 1.20 / 1.00 / 0.85. Rated weight 5; tasks of 100 (w2), 50 (w1), 10 (w2); one unrated (w1).
    private static readonly OccupationScore Clerk = Scorer.Score(new OccupationInputBuilder().Code("x", "43")
        .Task(ExposureLabel.E1, AutomationLabel.T4, TaskType.Core)
        .Task(ExposureLabel.E2, AutomationLabel.T2, TaskType.Supplemental)
        .Task(ExposureLabel.E0, AutomationLabel.T1, TaskType.Core)
        .Task(null, null, TaskType.Unrated)
        .Build()).With(1.20, 1.00, 0.85);

    [Fact]
    public void Exposed_share_counts_rated_weight_at_or_above_the_threshold_and_ignores_unrated_tasks()
    {
        var impact = WageImpact.For(Clerk, new WageInput(50_000, 10, EmploymentSharedBy: 2), Model.Pro);

        Assert.Equal(3.0 / 5, impact.ExposedShare!.Value, 12);            // 100 (w2) and 50 (w1) of 5
        Assert.Equal((3, 5), (impact.ExposedWeight, impact.RatedWeight));
        Assert.Equal(3.0 / 5, impact.Share(SeniorityLevel.Entry)!.Value, 12);   // 100, 60, 12
        Assert.Equal(3.0 / 5, impact.Share(SeniorityLevel.Mid)!.Value, 12);
        Assert.Equal(2.0 / 5, impact.Share(SeniorityLevel.Senior)!.Value, 12);  // 85, 42.5, 8.5
        Assert.Equal(30_000, impact.PayTiedToExposedTasks!.Value, 6);          // 50,000 × 0.6
        Assert.Equal(5, impact.Wage.AttributedEmploymentThousands!.Value, 12);  // 10 thousand shared by 2
        Assert.Equal(30_000.0 * 5_000, impact.WageBillTiedToExposedTasks!.Value, 3);
    }

    [Fact]
    public void Seniority_multipliers_move_tasks_across_the_threshold()
    {
        var score = Scorer.Score(new OccupationInputBuilder()
            .Task(ExposureLabel.E2, AutomationLabel.T1)                         // 40, weight 2
            .Task(ExposureLabel.E1, AutomationLabel.T0)                         // 60, weight 2
            .Task(ExposureLabel.E2, AutomationLabel.T1, TaskType.Supplemental)  // 40, weight 1
            .Build()).With(1.25, 1, 0.8);

        var impact = WageImpact.For(score, new WageInput(null, null), Model.Pro);

        Assert.Equal(2.0 / 5, impact.ExposedShare!.Value, 12);
        Assert.Equal(1.0, impact.Share(SeniorityLevel.Entry)!.Value, 12);   // 40 × 1.25 = 50 reaches the threshold
        Assert.Equal(2.0 / 5, impact.Share(SeniorityLevel.Mid)!.Value, 12);
        Assert.Equal(0, impact.Share(SeniorityLevel.Senior)!.Value, 12);    // 60 × 0.8 = 48 falls below it
    }

    [Fact]
    public void Missing_wage_or_employment_leaves_the_dollar_figures_empty_not_zero()
    {
        var noWage = WageImpact.For(Clerk, new WageInput(null, 10), Model.Pro);
        var noEmployment = WageImpact.For(Clerk, new WageInput(50_000, null), Model.Pro);
        var unrated = WageImpact.For(Scorer.Score(new OccupationInputBuilder().Task(null, null).Build()), new WageInput(50_000, 10), Model.Pro);

        Assert.Null(noWage.PayTiedToExposedTasks);
        Assert.Null(noWage.WageBillTiedToExposedTasks);
        Assert.Equal(30_000, noEmployment.PayTiedToExposedTasks!.Value, 6);
        Assert.Null(noEmployment.WageBillTiedToExposedTasks);
        Assert.Null(unrated.ExposedShare);
        Assert.Empty(unrated.ByLevel);
        Assert.Null(unrated.PayTiedToExposedTasks);
    }

    [Fact]
    public void Occupations_sharing_a_bls_line_split_its_employment_evenly()
    {
        var inputs = WageInput.ForAll(
        [
            ("15-1299.08", "15-1299", 110_000, 300.0),
            ("15-1299.09", "15-1299", 110_000, 300.0),
            ("15-1299.01", "15-1299", 110_000, 300.0),
            ("29-2072.00", "29-2072", 50_250, 194.8),
            ("11-9199.11", null, null, null),
        ]);

        Assert.Equal(100, inputs["15-1299.08"].AttributedEmploymentThousands!.Value, 9);
        Assert.Equal(194.8, inputs["29-2072.00"].AttributedEmploymentThousands!.Value, 9);
        Assert.Null(inputs["11-9199.11"].MedianWage);
        Assert.Null(inputs["11-9199.11"].AttributedEmploymentThousands);
    }
}
