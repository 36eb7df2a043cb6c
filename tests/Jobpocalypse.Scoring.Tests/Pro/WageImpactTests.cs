using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring.Tests.Pro;

public class WageImpactTests
{
    private static readonly ScoringModel Model = ScoringModel.Default;
    private static readonly SeniorityModel Seniority = new(Model.Seniority);
    private static readonly OccupationScorer Scorer = new(Model, new ScoringPopulation([0.0, 1.0], null), Seniority);

    // Feasibility 100 (entry task, weight 2), 50 (senior task, weight 1), 10 (even, weight 2), one unrated task.
    // Human raters: E2, E1, E0; none for the unrated task.
    private static readonly OccupationScore Clerk = Scorer.Score(new OccupationInputBuilder().Code("x", "43").Build() with
    {
        Tasks =
        [
            new TaskInput(1, "Enter data into patient records.", TaskType.Core, ExposureLabel.E1, AutomationLabel.T4, ExposureLabel.E2),
            new TaskInput(2, "Supervise clerical staff.", TaskType.Supplemental, ExposureLabel.E2, AutomationLabel.T2, ExposureLabel.E1),
            new TaskInput(3, "Comfort patients.", TaskType.Core, ExposureLabel.E0, AutomationLabel.T1, ExposureLabel.E0),
            new TaskInput(4, "Lift patients.", TaskType.Unrated, null, null),
        ],
    });

    [Fact]
    public void Expected_share_is_the_level_weighted_mean_feasibility_with_a_range_from_the_exposure_labels()
    {
        var impact = WageImpact.For(Clerk, new WageInput(50_000, 10, EmploymentSharedBy: 2), Seniority, Model);

        // Mid: weights 2, 1, 2 → (200 + 50 + 20) ÷ 5 = 54; GPT-4 exposure alone (100, 50, 0) → 50; human (50, 100, 0) → 40.
        var mid = impact.Level(SeniorityLevel.Mid)!;
        Assert.Equal(0.54, mid.Expected, 12);
        Assert.Equal(Clerk.TaskSignal.Value!.Value / 100, impact.ExpectedShare!.Value, 12);
        Assert.Equal(0.50, mid.Gpt4Exposure!.Value, 12);
        Assert.Equal(0.40, mid.HumanExposure!.Value, 12);
        Assert.Equal((0.40, 0.54), (mid.Low, mid.High));
        // Entry: weights 4, 0.5, 2 → 445 ÷ 6.5; senior: weights 1, 2, 2 → 220 ÷ 5.
        Assert.Equal(445 / 6.5 / 100, impact.Level(SeniorityLevel.Entry)!.Expected, 12);
        Assert.Equal(250 / 6.5 / 100, impact.Level(SeniorityLevel.Entry)!.HumanExposure!.Value, 12);
        Assert.Equal(0.44, impact.Level(SeniorityLevel.Senior)!.Expected, 12);
        Assert.Equal(0.50, impact.Level(SeniorityLevel.Senior)!.High, 12);            // human 250 ÷ 5 is the top here
        Assert.Equal(0.27, impact.ObservedUse!.Value, 12);                             // beside the share, not in it
        Assert.Equal((3, 3), (impact.RatedCount, impact.HumanLabelledCount));
        Assert.Equal(27_000, impact.Pay(mid.Expected)!.Value, 6);                      // 50,000 × 0.54
        Assert.Equal(20_000, impact.Pay(mid.Low)!.Value, 6);
        Assert.Equal(5, impact.Wage.AttributedEmploymentThousands!.Value, 12);          // 10 thousand shared by 2
        Assert.Equal(27_000.0 * 5_000, impact.WageBill(mid.Expected)!.Value, 3);
    }

    [Fact]
    public void Shares_move_continuously_with_a_task_score_and_do_not_jump_at_50()
    {
        var tasks = Clerk.TaskSignal.Tasks;
        var wage = new WageInput(50_000, 10);
        double ShareAt(double feasibility, SeniorityLevel level)
        {
            var moved = Clerk with { TaskSignal = Clerk.TaskSignal with { Tasks = tasks.Select(t => t.Task.TaskId == 2 ? t with { Feasibility = feasibility } : t).ToList() } };
            return WageImpact.For(moved, wage, Seniority, Model).Level(level)!.Expected;
        }

        foreach (var level in Enum.GetValues<SeniorityLevel>())
        {
            // The task's level weight ÷ the level's rated weight bounds the slope: a step of 0.25 points moves the share by at most that ÷ 400.
            var steps = Enumerable.Range(0, 401).Select(i => ShareAt(i * 0.25, level)).ToList();
            double slope = (steps[^1] - steps[0]) / 100;
            Assert.True(slope > 0);
            for (int i = 1; i < steps.Count; i++)
                Assert.Equal(slope * 0.25, steps[i] - steps[i - 1], 12);                 // a straight line: no step anywhere
            Assert.True(ShareAt(50.001, level) - ShareAt(49.999, level) < 1e-4);
        }
    }

    [Fact]
    public void Missing_wage_or_employment_leaves_the_dollar_figures_empty_not_zero()
    {
        var noWage = WageImpact.For(Clerk, new WageInput(null, 10), Seniority, Model);
        var noEmployment = WageImpact.For(Clerk, new WageInput(50_000, null), Seniority, Model);
        var unrated = WageImpact.For(Scorer.Score(new OccupationInputBuilder().Task(null, null).Build()), new WageInput(50_000, 10), Seniority, Model);

        Assert.Null(noWage.Pay(noWage.ExpectedShare));
        Assert.Null(noWage.WageBill(noWage.ExpectedShare));
        Assert.Equal(27_000, noEmployment.Pay(noEmployment.ExpectedShare)!.Value, 6);
        Assert.Null(noEmployment.WageBill(noEmployment.ExpectedShare));
        Assert.Null(unrated.ExpectedShare);
        Assert.Empty(unrated.ByLevel);
        Assert.Null(unrated.Pay(unrated.ExpectedShare));
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
