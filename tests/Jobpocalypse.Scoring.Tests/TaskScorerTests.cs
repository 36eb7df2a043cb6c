namespace Jobpocalypse.Scoring.Tests;

public class TaskScorerTests
{
    private static readonly ScoringModel Model = ScoringModel.Default;

    [Theory]
    [InlineData(ExposureLabel.E1, AutomationLabel.T4, 100)]
    [InlineData(ExposureLabel.E0, AutomationLabel.T0, 0)]
    [InlineData(ExposureLabel.E2, AutomationLabel.T2, 50)]
    [InlineData(ExposureLabel.E1, AutomationLabel.T1, 70)]   // 0.6 × 100 + 0.4 × 25
    [InlineData(ExposureLabel.E2, AutomationLabel.T3, 60)]   // 0.6 × 50 + 0.4 × 75
    public void Feasibility_combines_exposure_and_automation_by_the_published_shares(
        ExposureLabel exposure, AutomationLabel automation, double expected)
    {
        var task = new TaskInput(1, "t", TaskType.Core, exposure, automation);

        Assert.Equal(expected, TaskScorer.Feasibility(task, Model)!.Value, 9);
    }

    [Fact]
    public void A_task_without_labels_is_not_rated_and_not_counted()
    {
        var tasks = new OccupationInputBuilder()
            .Task(ExposureLabel.E1, AutomationLabel.T4)
            .Task(null, null)
            .Build().Tasks;

        var signal = TaskScorer.Score(tasks, Model);

        Assert.Equal(100, signal.Value);
        Assert.Equal(1, signal.NotRatedCount);
        var unrated = signal.Tasks.Last();
        Assert.False(unrated.IsRated);
        Assert.Null(unrated.Contribution);
    }

    [Fact]
    public void Core_tasks_weigh_twice_as_much_as_others()
    {
        var tasks = new OccupationInputBuilder()
            .Task(ExposureLabel.E1, AutomationLabel.T4, TaskType.Core)          // 100 × 2
            .Task(ExposureLabel.E0, AutomationLabel.T0, TaskType.Supplemental)  // 0 × 1
            .Task(ExposureLabel.E0, AutomationLabel.T0, TaskType.Unrated)       // 0 × 1
            .Build().Tasks;

        var signal = TaskScorer.Score(tasks, Model);

        Assert.Equal(50, signal.Value!.Value, 9);
        Assert.Equal(4, signal.RatedWeight);
    }

    [Fact]
    public void Contributions_sum_to_the_signal_and_are_sorted_largest_first()
    {
        var tasks = new OccupationInputBuilder()
            .Task(ExposureLabel.E2, AutomationLabel.T1)
            .Task(ExposureLabel.E1, AutomationLabel.T3, TaskType.Supplemental)
            .Task(ExposureLabel.E1, AutomationLabel.T4)
            .Build().Tasks;

        var signal = TaskScorer.Score(tasks, Model);

        Assert.Equal(signal.Value!.Value, signal.Tasks.Sum(t => t.Contribution!.Value), 9);
        Assert.Equal(signal.Tasks.Select(t => t.Contribution).OrderDescending(), signal.Tasks.Select(t => t.Contribution));
    }

    [Fact]
    public void An_occupation_with_no_rated_task_has_no_task_signal()
    {
        var signal = TaskScorer.Score(new OccupationInputBuilder().Task(null, null).Build().Tasks, Model);

        Assert.Null(signal.Value);
    }
}
