namespace Jobpocalypse.Scoring.Tests;

public class EditorialScorerTests
{
    [Fact]
    public void An_editorial_task_scores_the_weighted_mean_of_the_rated_tasks_it_covers()
    {
        var tasks = new OccupationInputBuilder()
            .Task(ExposureLabel.E1, AutomationLabel.T4, TaskType.Core)          // id 1: 100, weight 2
            .Task(ExposureLabel.E0, AutomationLabel.T1, TaskType.Supplemental)  // id 2: 10, weight 1
            .Task(null, null, TaskType.Unrated)                                 // id 3: not rated, weight 1
            .Task(ExposureLabel.E2, AutomationLabel.T2)                         // id 4: 50, weight 2
            .Build().Tasks;
        var signal = TaskScorer.Score(tasks, ScoringModel.Default);
        var editorial = new[]
        {
            new EditorialTaskInput("Mostly automatable", [1, 2, 3], "why", "quote"),
            new EditorialTaskInput("Half", [4], "why", "quote"),
        };

        var scores = EditorialScorer.Score(editorial, signal);

        var first = scores.Single(s => s.Task.Title == "Mostly automatable");
        Assert.Equal((2 * 100 + 1 * 10) / 3.0, first.Feasibility!.Value, 9);
        Assert.Equal(4, first.Weight);
        Assert.Equal(signal.Value!.Value, scores.Sum(s => s.Contribution!.Value), 9);
        Assert.Equal("Mostly automatable", scores[0].Task.Title);
    }

    [Fact]
    public void An_unknown_task_id_is_an_error_not_a_silent_zero()
    {
        var signal = TaskScorer.Score(new OccupationInputBuilder().Task(ExposureLabel.E1, AutomationLabel.T4).Build().Tasks,
            ScoringModel.Default);

        Assert.Throws<ArgumentException>(() => EditorialScorer.Score([new EditorialTaskInput("x", [99], "", "")], signal));
    }
}
