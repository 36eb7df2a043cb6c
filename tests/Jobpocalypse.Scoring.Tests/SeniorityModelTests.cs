namespace Jobpocalypse.Scoring.Tests;

public class SeniorityModelTests
{
    private static readonly ScoringModel Model = ScoringModel.Default;
    private static readonly OccupationScorer Scorer = new(Model, new ScoringPopulation([0.0, 1.0], null));

    [Theory]
    [InlineData("Enter patient data into electronic records.", SeniorityTilt.Entry)]
    [InlineData("Schedule appointments for patients.", SeniorityTilt.Entry)]
    [InlineData("Supervise and coordinate the work of staff.", SeniorityTilt.Senior)]
    [InlineData("Negotiate contracts with suppliers.", SeniorityTilt.Senior)]
    [InlineData("Repair engines and transmissions.", SeniorityTilt.Even)]
    [InlineData("Supervise the filing of records.", SeniorityTilt.Even)] // both kinds of marker
    public void Task_statements_tilt_by_their_markers(string text, SeniorityTilt expected)
    {
        var task = new TaskScore(new TaskInput(1, text, TaskType.Core, ExposureLabel.E1, AutomationLabel.T2), 80, 2, 80);

        Assert.Equal(expected, new SeniorityModel(Model.Seniority).Classify(task).Tilt);
    }

    [Fact]
    public void Automatable_entry_tasks_and_human_senior_tasks_make_the_curve_descend()
    {
        var score = Scorer.Score(new OccupationInputBuilder()
            .Task(ExposureLabel.E1, AutomationLabel.T4, text: "Enter data into the billing system.")       // 100, entry
            .Task(ExposureLabel.E0, AutomationLabel.T0, text: "Supervise and train new staff.")            // 0, senior
            .Task(ExposureLabel.E2, AutomationLabel.T2, text: "Repair equipment.")                         // 50, even
            .Build());

        var p = score.Seniority!;
        double e = Model.Seniority.Emphasis;
        // Entry: weights 2e, 2/e, 2; senior: 2/e, 2e, 2 (all Core).
        double entry = (2 * e * 100 + 2 * 50) / (2 * e + 2 / e + 2);
        double senior = (2 / e * 100 + 2 * 50) / (2 / e + 2 * e + 2);
        double mid = (200 + 100) / 6.0;
        Assert.Equal(entry / mid, p.Multiplier(SeniorityLevel.Entry), 9);
        Assert.Equal(1, p.Multiplier(SeniorityLevel.Mid), 12);
        Assert.Equal(senior / mid, p.Multiplier(SeniorityLevel.Senior), 9);
        Assert.Equal(Math.Min(100, score.Evidence!.Value * entry / mid), score.Level(SeniorityLevel.Entry)!.Value, 9);
        Assert.Equal(score.Evidence.Value, score.Level(SeniorityLevel.Mid)!.Value, 9);
        Assert.Equal("Enter data into the billing system.", Assert.Single(p.Drivers(SeniorityTilt.Entry)).Task.Task.Text);
    }

    [Fact]
    public void The_curve_can_rise_when_the_senior_work_is_the_automatable_part()
    {
        var score = Scorer.Score(new OccupationInputBuilder()
            .Task(ExposureLabel.E0, AutomationLabel.T0, text: "Clean and stock shelves.")                  // 0, entry
            .Task(ExposureLabel.E1, AutomationLabel.T3, text: "Prepare budget reports for management.")   // 90, senior
            .Build());

        Assert.True(score.Seniority!.Multiplier(SeniorityLevel.Senior) > 1);
        Assert.True(score.Seniority.Multiplier(SeniorityLevel.Entry) < 1);
    }

    [Fact]
    public void Without_markers_every_level_equals_what_AI_can_do()
    {
        var score = Scorer.Score(new OccupationInputBuilder().Task(ExposureLabel.E1, AutomationLabel.T2, text: "Repair engines.").Build());

        Assert.All(score.Levels, l => Assert.Equal(score.Evidence!.Value, l.Score, 9));
    }

    [Fact]
    public void A_category_curve_is_the_mean_of_its_occupations_curves()
    {
        var a = Scorer.Score(new OccupationInputBuilder().Task(ExposureLabel.E1, AutomationLabel.T4, text: "Enter data.").Task(ExposureLabel.E0, AutomationLabel.T0, text: "Repair engines.").Build()).Seniority!;
        var b = Scorer.Score(new OccupationInputBuilder().Task(ExposureLabel.E1, AutomationLabel.T2, text: "Repair engines.").Build()).Seniority!;

        var curve = SeniorityCurve.Aggregate([a, b])!;

        Assert.Equal((a.Multiplier(SeniorityLevel.Entry) + 1) / 2, curve.Entry, 12);
        Assert.Equal(2, curve.Occupations);
    }

    [Fact]
    public void Every_marker_parses()
    {
        Assert.All(Model.Seniority.EntryMarkers.Concat(Model.Seniority.SeniorMarkers), m => TaskPattern.Parse(m));
    }
}
