namespace Jobpocalypse.Scoring.Tests;

public class OccupationScorerTests
{
    private static readonly ScoringModel Model = ScoringModel.Default;
    private static readonly ScoringPopulation Population = new([0.0, 0.5, 1.0, 1.5], medianWageGrowthPct: 5.0);
    private static readonly OccupationScorer Scorer = new(Model, Population);
    private static double PriorWeight => Model.Signal(SignalKind.AiExposurePrior).Weight;
    private static double UseWeight => Model.Signal(SignalKind.ObservedUse).Weight;

    [Fact]
    public void What_AI_can_do_weighs_the_tasks_by_their_rated_weight_and_the_prior_and_observed_use_by_theirs()
    {
        var input = new OccupationInputBuilder()
            .Task(ExposureLabel.E1, AutomationLabel.T3)                          // 90, weight 2
            .Task(ExposureLabel.E0, AutomationLabel.T0, TaskType.Supplemental)   // 0, weight 1
            .LmAioe(1.0)                                                         // percentile 62.5 of 4
            .ObservedUse(0.3)                                                    // 30
            .Build();

        var score = Scorer.Score(input);

        double tasks = (2 * 90 + 1 * 0) / 3.0;
        double expected = (3 * tasks + PriorWeight * 62.5 + UseWeight * 30) / (3 + PriorWeight + UseWeight);
        Assert.Equal(expected, score.Evidence!.Value, 9);
        Assert.Equal(expected, score.InGroup(SignalGroup.Evidence).Sum(s => s.Contribution ?? 0), 9);
        Assert.Equal(3, score.Signal(SignalKind.Tasks).Weight);
        Assert.Equal(1.0, score.InGroup(SignalGroup.Evidence).Sum(s => s.EffectiveWeight), 12);
    }

    [Fact]
    public void The_prior_counts_less_as_rated_task_weight_grows()
    {
        double PriorShare(int tasks)
        {
            var builder = new OccupationInputBuilder();
            for (int i = 0; i < tasks; i++) builder.Task(ExposureLabel.E1, AutomationLabel.T2);
            return Scorer.Score(builder.Build()).Signal(SignalKind.AiExposurePrior).EffectiveWeight;
        }

        var shares = new[] { 1, 3, 10, 30 }.Select(PriorShare).ToList();

        Assert.True(shares.Zip(shares.Skip(1)).All(p => p.First > p.Second), string.Join(", ", shares));
        Assert.Equal(PriorWeight / (2 + PriorWeight + UseWeight), shares[0], 12);
    }

    [Fact]
    public void Missing_evidence_signals_weigh_nothing()
    {
        var score = Scorer.Score(new OccupationInputBuilder().Task(ExposureLabel.E1, AutomationLabel.T3).LmAioe(null).ObservedUse(null).Build());

        Assert.Equal(90, score.Evidence!.Value, 9);
        Assert.Equal(0, score.Signal(SignalKind.AiExposurePrior).EffectiveWeight);
        Assert.Equal(0, score.Signal(SignalKind.ObservedUse).EffectiveWeight);
    }

    [Fact]
    public void The_market_adjustment_is_the_shared_out_market_mean_scaled_to_its_maximum()
    {
        var input = new OccupationInputBuilder()
            .Task(ExposureLabel.E2, AutomationLabel.T2)    // 50: well inside Moderate
            .Outlook(-5)                                   // 50 + 20 = 70
            .Education(null, "Bachelor's degree")           // 70; credential trend missing
            .Build();

        var score = Scorer.Score(input);

        var market = Model.Market;
        double outlook = Model.Signal(SignalKind.Outlook).Weight, education = Model.Signal(SignalKind.EntryEducation).Weight;
        double mean = (outlook * 70 + education * 70) / (outlook + education);
        double expected = market.MaxPoints * (mean - market.Neutral) / market.Neutral;
        Assert.Equal(expected, score.Market!.Raw, 9);
        Assert.Equal(score.Market.Raw, score.InGroup(SignalGroup.Market).Sum(s => s.Contribution ?? 0), 9);
        Assert.Equal(0, score.Signal(SignalKind.Demand).EffectiveWeight);
        Assert.Equal(score.Evidence!.Value + expected, score.Overall!.Value, 9);
    }

    [Theory]
    [InlineData(-60.0)]   // outlook signal 100 at the extreme of growth loss
    [InlineData(60.0)]    // outlook signal 0
    public void Market_signals_never_move_the_score_into_another_band(double changePct)
    {
        // Task signal 60 (E1 T0): exactly at the High boundary, where any downward move would cross it.
        var score = Scorer.Score(new OccupationInputBuilder().Task(ExposureLabel.E1, AutomationLabel.T0)
            .LmAioe(null).ObservedUse(null).Outlook(changePct).Education("Doctoral or professional degree", "No formal educational credential").Build());

        Assert.Equal(Model.BandFor(score.Evidence!.Value), score.Band);
        Assert.InRange(Math.Abs(score.Market!.Raw), 0, Model.Market.MaxPoints);
        Assert.InRange(Math.Abs(score.Market.Applied), 0, Math.Abs(score.Market.Raw));
    }

    [Fact]
    public void Without_a_rated_task_the_occupation_is_not_rated()
    {
        var score = Scorer.Score(new OccupationInputBuilder().Task(null, null).Build());

        Assert.False(score.IsRated);
        Assert.Null(score.Evidence);
        Assert.Null(score.Band);
        Assert.Null(score.Verdict);
        Assert.Empty(score.Levels);
        Assert.All(score.Signals, s => Assert.Null(s.Contribution));
    }

    [Fact]
    public void Scores_stay_within_0_and_100_and_verdicts_never_contradict_the_task_table_for_any_inputs()
    {
        var random = new Random(2072);
        string[] educations = [.. Model.EducationLevels.Select(e => e.BlsWording)];
        string[] texts = ["Enter data into records.", "Supervise and train staff.", "Operate a forklift.", "Negotiate contracts with clients."];
        for (int i = 0; i < 2000; i++)
        {
            var builder = new OccupationInputBuilder()
                .LmAioe(random.NextDouble() * 4 - 2)
                .ObservedUse(random.NextDouble() < 0.2 ? null : random.NextDouble() * 0.6)
                .Outlook(random.NextDouble() * 80 - 40)
                .Education(educations[random.Next(educations.Length)], educations[random.Next(educations.Length)])
                .Wages(random.Next(20_000, 200_000), random.Next(20_000, 200_000));
            for (int t = random.Next(1, 30); t > 0; t--)
                builder.Task((ExposureLabel)random.Next(3), (AutomationLabel)random.Next(5), (TaskType)random.Next(3), texts[random.Next(texts.Length)]);

            var score = Scorer.Score(builder.Build());

            Assert.InRange(score.Overall!.Value, 0, 100);
            Assert.Equal(Model.BandFor(score.Evidence!.Value), score.Band);
            Assert.All(score.Signals.Where(s => s.IsAvailable), s => Assert.InRange(s.Value!.Value, 0, 100));
            Assert.All(score.Levels, l => Assert.InRange(l.Score, 0, 100));
            Assert.False(Model.Verdicts.Contradicts(score.Verdict!.Claim, score.ShareAtOrAboveMark!.Value), score.Verdict.Text);
        }
    }

    [Fact]
    public void A_table_whose_every_task_scores_50_is_not_told_central_parts_need_a_person()
    {
        // Feasibility exactly 50 (E2, T2) everywhere: Moderate, yet all of the weight is at the mark.
        var score = Scorer.Score(new OccupationInputBuilder().Task(ExposureLabel.E2, AutomationLabel.T2).Task(ExposureLabel.E2, AutomationLabel.T2)
            .LmAioe(null).ObservedUse(null).Build());

        Assert.Equal("Moderate", score.Band!.Name);
        Assert.Equal(TaskSpread.Broad, Model.Verdicts.Spread(score.ShareAtOrAboveMark!.Value));
        Assert.NotEqual(VerdictClaim.CentralPartsNeedPerson, score.Verdict!.Claim);
    }
}
