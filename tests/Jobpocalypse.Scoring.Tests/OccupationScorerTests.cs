namespace Jobpocalypse.Scoring.Tests;

public class OccupationScorerTests
{
    private static readonly ScoringModel Model = ScoringModel.Default;
    private static readonly ScoringPopulation Population = new([0.0, 0.5, 1.0, 1.5], medianWageGrowthPct: 5.0);
    private static readonly OccupationScorer Scorer = new(Model, Population);

    [Fact]
    public void Missing_signals_share_their_weight_out_in_proportion()
    {
        var input = new OccupationInputBuilder().Task(ExposureLabel.E1, AutomationLabel.T3).Build();

        var score = Scorer.Score(input);

        var available = score.Signals.Where(s => s.IsAvailable).ToList();
        double availableNominal = available.Sum(s => s.Definition.Weight);
        Assert.False(score.Signal(SignalKind.Demand).IsAvailable);
        Assert.Equal(Model.Signal(SignalKind.Demand).Weight, score.MissingWeight, 12);
        Assert.Equal(1.0, score.Signals.Sum(s => s.EffectiveWeight), 12);
        foreach (var s in available)
            Assert.Equal(s.Definition.Weight / availableNominal, s.EffectiveWeight, 12);
        Assert.Equal(0, score.Signal(SignalKind.Demand).EffectiveWeight);
    }

    [Fact]
    public void Overall_is_the_weighted_mean_of_available_signals()
    {
        var input = new OccupationInputBuilder()
            .Task(ExposureLabel.E1, AutomationLabel.T3)       // 90
            .LmAioe(1.0)                                      // percentile 62.5 of 4
            .Outlook(-5)                                      // 50 + 20 = 70
            .Education(null, "Bachelor's degree")              // 70; trend missing
            .Build();

        var score = Scorer.Score(input);

        double expected = (0.50 * 90 + 0.20 * 62.5 + 0.10 * 70 + 0.05 * 70) / (0.50 + 0.20 + 0.10 + 0.05);
        Assert.Equal(expected, score.Overall!.Value, 9);
        Assert.Equal(expected, score.Signals.Sum(s => s.Contribution ?? 0), 9);
        Assert.Equal(Model.BandFor(expected), score.Band);
    }

    [Fact]
    public void Without_a_rated_task_the_occupation_is_not_rated()
    {
        var score = Scorer.Score(new OccupationInputBuilder().Task(null, null).Build());

        Assert.False(score.IsRated);
        Assert.Null(score.Band);
        Assert.Empty(score.Levels);
        Assert.All(score.Signals, s => Assert.Null(s.Contribution));
    }

    [Fact]
    public void Scores_stay_within_0_and_100_at_every_level_for_any_labels_and_inputs()
    {
        var random = new Random(2072);
        string[] educations = [.. Model.EducationLevels.Select(e => e.BlsWording)];
        for (int i = 0; i < 2000; i++)
        {
            var builder = new OccupationInputBuilder()
                .Code("x", Model.SeniorityCurves.Keys.ElementAt(random.Next(Model.SeniorityCurves.Count)))
                .LmAioe(random.NextDouble() * 4 - 2)
                .Outlook(random.NextDouble() * 80 - 40)
                .Education(educations[random.Next(educations.Length)], educations[random.Next(educations.Length)])
                .Wages(random.Next(20_000, 200_000), random.Next(20_000, 200_000));
            for (int t = random.Next(1, 30); t > 0; t--)
                builder.Task((ExposureLabel)random.Next(3), (AutomationLabel)random.Next(5), (TaskType)random.Next(3));

            var score = Scorer.Score(builder.Build());

            Assert.InRange(score.Overall!.Value, 0, 100);
            Assert.All(score.Signals.Where(s => s.IsAvailable), s => Assert.InRange(s.Value!.Value, 0, 100));
            Assert.All(score.Levels, l => Assert.InRange(l.Score, 0, 100));
        }
    }

    [Fact]
    public void Seniority_levels_are_the_overall_times_the_category_multipliers_clamped()
    {
        var input = new OccupationInputBuilder().Code("x", "43")
            .Task(ExposureLabel.E1, AutomationLabel.T4).LmAioe(1.5).Outlook(-20).Build();

        var score = Scorer.Score(input);

        var curve = Model.CurveFor("43");
        Assert.Equal(Math.Min(100, score.Overall!.Value * curve.Entry), score.Level(SeniorityLevel.Entry));
        Assert.Equal(score.Overall!.Value * curve.Senior, score.Level(SeniorityLevel.Senior)!.Value, 9);
    }

    [Fact]
    public void Entry_is_at_least_mid_and_mid_at_least_senior_wherever_the_curve_descends()
    {
        foreach (var (category, curve) in Model.SeniorityCurves.Append(new("default", Model.DefaultCurve)))
        {
            Assert.InRange(curve.Entry, 0.5, 1.5);
            if (curve.Entry < curve.Mid || curve.Mid < curve.Senior) continue;
            for (double overall = 0; overall <= 100; overall += 2.5)
            {
                var levels = new OccupationScorer(Model with { DefaultCurve = curve }, Population)
                    .Score(new OccupationInputBuilder().Code("x", category).Task(ExposureLabel.E2, AutomationLabel.T2).Build())
                    .Levels;
                Assert.True(levels[0].Score >= levels[1].Score && levels[1].Score >= levels[2].Score, category);
            }
        }
    }

    [Fact]
    public void Every_curve_descends_or_stays_flat()
    {
        Assert.All(Model.SeniorityCurves.Values.Append(Model.DefaultCurve),
            c => Assert.True(c.Entry >= c.Mid && c.Mid >= c.Senior, c.Rationale));
    }
}
