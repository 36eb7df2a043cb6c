using Jobpocalypse.Scoring.Personal;

namespace Jobpocalypse.Scoring.Tests.Personal;

public class PersonalScorerTests
{
    private static readonly ScoringModel Model = ScoringModel.Default;
    private static readonly ScoringPopulation Population = new([0.0, 0.5, 1.0, 1.5], medianWageGrowthPct: 5.0);
    private static readonly OccupationScorer Scorer = new(Model, Population);
    private static readonly PersonalScorer Personal = new(Scorer);

    private static OccupationInput Coder => new OccupationInputBuilder()
        .Task(ExposureLabel.E1, AutomationLabel.T3, TaskType.Core, "Code patient data")
        .Task(ExposureLabel.E2, AutomationLabel.T2, TaskType.Core, "Supervise the records staff")
        .Task(ExposureLabel.E0, AutomationLabel.T0, TaskType.Supplemental, "Scan records")
        .Build();

    private static OccupationInput Nurse => new OccupationInputBuilder()
        .Code("29-1141.00", "29")
        .Task(ExposureLabel.E0, AutomationLabel.T0, TaskType.Core, "Monitor patients")
        .LmAioe(0.0).ObservedUse(0.1).Outlook(-5)
        .Build();

    [Fact]
    public void An_occupations_own_tasks_weighted_by_their_O_NET_weights_score_as_the_occupation_does()
    {
        var occupation = Scorer.Score(Coder);
        var tasks = Coder.Tasks.Select(t => new PersonalTask(t, Coder.Code, Model.Weight(t.Type).Weight)).ToList();

        var personal = Personal.Score(tasks, SeniorityLevel.Mid, code => code == Coder.Code ? occupation : null);

        Assert.Equal(occupation.Overall!.Value, personal.Score.Overall!.Value, 9);
        Assert.Equal(occupation.Evidence!.Value, personal.Score.Evidence!.Value, 9);
        Assert.Equal(occupation.Verdict, personal.Score.Verdict);
        Assert.Equal(occupation.Levels.Select(l => l.Score), personal.Score.Levels.Select(l => l.Score));
    }

    [Fact]
    public void Time_shares_replace_importance_weights_inside_the_task_signal()
    {
        var occupation = Scorer.Score(Coder);
        var byText = Coder.Tasks.ToDictionary(t => t.Text);
        PersonalTask Do(string text, int share) => new(byText[text], Coder.Code, share);

        var personal = Personal.Score([Do("Code patient data", 10), Do("Scan records", 90)], SeniorityLevel.Mid, _ => occupation);

        double feasibility = 0.6 * 100 + 0.4 * 75; // E1, T3
        Assert.Equal(0.1 * feasibility, personal.Score.TaskSignal.Value!.Value, 9);
        // Among the evidence signals the task signal weighs its tasks' O*NET weights (Core 2 + Supplemental 1), as in a report.
        Assert.Equal(3, personal.Score.Signal(SignalKind.Tasks).Weight);
    }

    [Fact]
    public void Occupation_level_signals_are_the_time_weighted_mix_of_the_tasks_occupations()
    {
        var coder = Scorer.Score(Coder);
        var nurse = Scorer.Score(Nurse);
        var scores = new Dictionary<string, OccupationScore> { [Coder.Code] = coder, [Nurse.Code] = nurse };
        var tasks = new List<PersonalTask> { new(Coder.Tasks[0], Coder.Code, 75), new(Nurse.Tasks[0] with { TaskId = 99 }, Nurse.Code, 25) };

        var personal = Personal.Score(tasks, SeniorityLevel.Mid, code => scores.GetValueOrDefault(code));

        Assert.Equal([new OccupationShare(Coder.Code, 0.75), new OccupationShare(Nurse.Code, 0.25)], personal.Mix);
        foreach (var kind in new[] { SignalKind.AiExposurePrior, SignalKind.ObservedUse, SignalKind.Outlook })
        {
            double expected = 0.75 * coder.Signal(kind).Value!.Value + 0.25 * nurse.Signal(kind).Value!.Value;
            Assert.Equal(expected, personal.Score.Signal(kind).Value!.Value, 9);
            Assert.StartsWith(PersonalScorer.MixDetail, personal.Score.Signal(kind).Detail, StringComparison.Ordinal);
        }
        Assert.Null(personal.Score.Signal(SignalKind.Demand).Value);
    }

    [Fact]
    public void The_chosen_level_reads_its_score_from_the_seniority_profile_of_the_readers_tasks()
    {
        var occupation = Scorer.Score(Coder);
        var tasks = Coder.Tasks.Select(t => new PersonalTask(t, Coder.Code, 30)).ToList();

        var entry = Personal.Score(tasks, SeniorityLevel.Entry, _ => occupation);
        var senior = Personal.Score(tasks, SeniorityLevel.Senior, _ => occupation);

        Assert.Equal(SeniorityLevel.Entry, entry.AtLevel!.Level);
        Assert.Equal(entry.Score.Level(SeniorityLevel.Entry), entry.AtLevel.Score);
        // "Supervise" tilts senior and scores lower than the entry-tilted coding and scanning mix: the curve is not flat.
        Assert.NotEqual(entry.AtLevel.Score, senior.AtLevel!.Score);
        Assert.Equal(entry.Score.Overall, senior.Score.Overall);
    }

    [Fact]
    public void No_rated_task_gives_no_score_rather_than_one_resting_on_priors()
    {
        var unrated = new TaskInput(1, "Unlabelled work", TaskType.Core, null, null);

        var personal = Personal.Score([new PersonalTask(unrated, Coder.Code, 100)], SeniorityLevel.Mid, _ => Scorer.Score(Coder));

        Assert.False(personal.Score.IsRated);
        Assert.Null(personal.AtLevel);
    }
}
