namespace Jobpocalypse.Scoring.Tests;

/// <summary>A duty's stance follows its shown (rounded) score: the label beside a duty cannot contradict its number.</summary>
public class EditorialStanceTests
{
    private static readonly ScoringModel Model = ScoringModel.Default;

    [Theory]
    [InlineData(100, "ai-does-most")]
    [InlineData(60, "ai-does-most")]
    [InlineData(59.5, "ai-does-most")]            // shown as 60
    [InlineData(59.49, "ai-does-part")]           // shown as 59
    [InlineData(40, "ai-does-part")]
    [InlineData(39.4, "ai-assists")]
    [InlineData(20, "ai-assists")]
    [InlineData(19.5, "ai-assists")]              // shown as 20
    [InlineData(19.49, "stays-with-people")]
    [InlineData(0, "stays-with-people")]
    public void A_score_takes_the_stance_of_its_shown_value(double score, string stance) =>
        Assert.Equal(stance, Model.StanceFor(score).Id);

    [Fact]
    public void Floating_point_noise_does_not_move_a_duty_below_its_stance()
    {
        // A mean that should be 59.5 but comes out a hair lower in binary still shows, and counts, as 60.
        Assert.Equal("ai-does-most", Model.StanceFor(59.499999999999993).Id);
        Assert.Equal("ai-does-part", Model.StanceFor(59.4999).Id);
    }

    [Fact]
    public void A_duty_with_no_rated_task_is_not_rated()
    {
        Assert.Equal("not-rated", Model.StanceFor(null).Id);
        Assert.Equal("Not rated", Model.StanceFor(null).Label);
    }

    [Fact]
    public void Stances_run_from_the_highest_cut_down_to_zero_with_unique_ids_and_the_labels_editors_use()
    {
        var mins = Model.EditorialStances.Select(s => s.Min).ToList();
        Assert.Equal(mins.OrderDescending(), mins);
        Assert.Equal(0, mins[^1]);
        var ids = Model.EditorialStances.Append(Model.EditorialNotRated).Select(s => s.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(
            [("ai-does-most", "AI can do most of it", 60.0), ("ai-does-part", "AI can do part of it", 40.0),
             ("ai-assists", "AI assists; a person does the work", 20.0), ("stays-with-people", "Stays with people", 0.0)],
            Model.EditorialStances.Select(s => (s.Id, s.Label, s.Min)));
    }

    [Fact]
    public void Stance_ids_are_looked_up_exactly()
    {
        Assert.Equal("AI assists; a person does the work", Model.Stance("ai-assists")!.Label);
        Assert.Equal(Model.EditorialNotRated, Model.Stance("not-rated"));
        Assert.Null(Model.Stance("AI-ASSISTS"));
        Assert.Null(Model.Stance("mostly-ai"));
    }

    [Fact]
    public void A_duty_scored_from_its_tasks_gets_the_stance_of_that_score()
    {
        var tasks = new OccupationInputBuilder()
            .Task(ExposureLabel.E2, AutomationLabel.T1, TaskType.Core)          // id 1: 0.6 × 50 + 0.4 × 25 = 40, weight 2
            .Task(ExposureLabel.E0, AutomationLabel.T1, TaskType.Supplemental)  // id 2: 10, weight 1
            .Task(null, null, TaskType.Unrated)                                 // id 3: not rated
            .Build().Tasks;
        var signal = TaskScorer.Score(tasks, Model);

        var duties = EditorialScorer.Score(
            [new EditorialTaskInput("Mixed", [1, 2], "why", null), new EditorialTaskInput("Unrated", [3], "why", null)], signal);

        // (2 × 40 + 10) / 3 = 30.
        Assert.Equal("ai-assists", Model.StanceFor(duties.Single(d => d.Task.Title == "Mixed").Feasibility).Id);
        Assert.Equal("not-rated", Model.StanceFor(duties.Single(d => d.Task.Title == "Unrated").Feasibility).Id);
    }
}
