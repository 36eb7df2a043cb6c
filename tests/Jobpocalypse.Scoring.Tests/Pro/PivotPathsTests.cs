using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring.Tests.Pro;

public class PivotPathsTests
{
    private static readonly ScoringModel Model = ScoringModel.Default;
    private static readonly ProModel Pro = Model.Pro;

    private static PivotOrigin Facts(int? wage) => new(wage, 7.1, "Postsecondary nondegree award");

    /// <summary>An occupation score with a chosen overall, so the ranking can be worked by hand.</summary>
    private static OccupationScore Score(string code, double? overall, params (string Text, TaskType Type)[] tasks)
    {
        var signal = TaskScorer.Score(tasks.Select((t, i) => new TaskInput(i + 1, t.Text, t.Type, ExposureLabel.E1, AutomationLabel.T2)).ToList(),
            ScoringModel.Default);
        var band = overall is { } o ? ScoringModel.Default.BandFor(o) : null;
        return new OccupationScore(code, "43", signal, [], overall, null, overall, band, band?.Broad, null, null);
    }

    private static PivotCandidateInput Candidate(string code, double? overall, PivotRelation relation, int? wage, params string[] tasks) =>
        new($"Title {code}", Score(code, overall, tasks.Select(t => (t, TaskType.Core)).ToArray()), wage, 2.5, "Slower than average",
            "High school diploma or equivalent", relation);

    // Origin: 70 points, wage 50,000; tasks weigh 2 (transcribe) and 1 (schedule).
    private static readonly OccupationScore Origin = Score("origin", 70,
        ("Transcribe medical reports.", TaskType.Core), ("Schedule appointments for patients.", TaskType.Supplemental));

    [Fact]
    public void Only_lower_scores_with_shared_work_are_kept_and_ranked_by_drop_times_relation_weight_times_overlap_factor()
    {
        var candidates = new[]
        {
            Candidate("a", 60, PivotRelation.PrimaryShort, 45_000, "Transcribe medical reports and letters.", "Drive delivery trucks."),   // overlap 2/3
            Candidate("b", 40, PivotRelation.Supplemental, 30_000, "Drive trucks."),                             // overlap 0: not a pivot
            Candidate("c", 50, PivotRelation.SameCategory, null, "Schedule patient appointments."),               // overlap 1/3
            Candidate("higher", 80, PivotRelation.PrimaryShort, 60_000, "Transcribe medical reports."),
            Candidate("equal", 70, PivotRelation.PrimaryShort, 60_000, "Transcribe medical reports."),
            Candidate("unrated", null, PivotRelation.PrimaryShort, 60_000, "Transcribe medical reports."),
        };

        var plan = PivotPaths.For(Origin, Facts(50_000), candidates, Model);

        // a: 10 × 1.0 × (0.5 + 0.5 × 2/3) = 8.333; c: 20 × 0.5 × (0.5 + 0.5 × 1/3) = 6.667; b shares no task
        Assert.Equal(["a", "c"], plan.Paths.Select(p => p.Code));
        Assert.Equal(10 * (0.5 + 0.5 * 2 / 3.0), plan.Paths[0].RankValue, 9);
        Assert.Equal(20 * 0.5 * (0.5 + 0.5 / 3), plan.Paths[1].RankValue, 9);
        Assert.Equal((6, 3, 2, 1, 1), (plan.CandidateCount, plan.LowerCount, plan.NotLowerCount, plan.NotRatedCount, plan.NoOverlapCount));
        Assert.All(plan.Paths, p => Assert.True(p.OverlapShare > 0));

        var a = plan.Paths[0];
        Assert.Equal(-10, a.ScoreChange, 9);
        Assert.Equal(10, a.Drop, 9);
        Assert.Equal(-5_000, a.WageChange);
        Assert.Equal(-10, a.WageChangePct!.Value, 9);
        Assert.Equal(2.0 / 3, a.OverlapShare, 9);
        Assert.Equal("Close", a.Closeness.Words);
        Assert.Equal("Much in common", plan.Paths[1].Closeness.Words);
        Assert.Equal(1.0, a.Relation.Weight);
        Assert.Equal("Among O*NET's closest", a.Relation.Plain);
        Assert.Equal("Slower than average", a.Candidate.OutlookWording);
        Assert.Equal(2.5 - 7.1, a.OutlookChange!.Value, 9);
        Assert.Equal(new EducationStep("Postsecondary nondegree award", "High school diploma or equivalent", -2), a.Education);
        // What carries over: the origin's transcribing, matched to the candidate's statement; what is new: driving.
        Assert.Equal([("Transcribe medical reports.", "Transcribe medical reports and letters.")], a.CarryOver.Select(m => (m.Task.Text, m.BestMatch!)));
        Assert.Equal(["Drive delivery trucks."], a.ToLearn);
        Assert.Null(plan.Paths[1].WageChange);   // c has no wage
        Assert.Null(plan.Paths[1].WageChangePct);
    }

    [Theory]
    [InlineData(0.01, "Some overlap")]
    [InlineData(0.2499, "Some overlap")]
    [InlineData(0.25, "Much in common")]
    [InlineData(0.5, "Close")]
    [InlineData(1, "Close")]
    public void Closeness_words_come_from_the_models_cuts_and_no_overlap_has_none(double overlap, string words)
    {
        Assert.Equal(words, Pro.Pivots.ClosenessFor(overlap)!.Words);
        Assert.Null(Pro.Pivots.ClosenessFor(0));
        Assert.Null(Pro.Pivots.ClosenessFor(null));
    }

    [Fact]
    public void Ties_go_to_the_larger_wage_change_then_missing_wages_last_then_code()
    {
        var candidates = new[]
        {
            Candidate("d", 60, PivotRelation.PrimaryShort, null, "Transcribe medical reports."),
            Candidate("c", 60, PivotRelation.PrimaryShort, null, "Transcribe medical reports."),
            Candidate("b", 60, PivotRelation.PrimaryShort, 40_000, "Transcribe medical reports."),
            Candidate("a", 60, PivotRelation.PrimaryShort, 48_000, "Transcribe medical reports."),
        };

        var plan = PivotPaths.For(Origin, Facts(50_000), candidates, Model);

        Assert.Equal(["a", "b", "c", "d"], plan.Paths.Select(p => p.Code));
        Assert.All(plan.Paths, p => Assert.Equal(plan.Paths[0].RankValue, p.RankValue));
    }

    [Fact]
    public void An_occupation_named_twice_keeps_its_heaviest_relation_and_the_list_stops_at_the_count()
    {
        var candidates = new[]
        {
            Candidate("x", 50, PivotRelation.SameCategory, 40_000, "Transcribe medical reports."),
            Candidate("x", 50, PivotRelation.PrimaryLong, 40_000, "Transcribe medical reports."),
            Candidate("y", 55, PivotRelation.PrimaryShort, 40_000, "Transcribe medical reports."),
            Candidate("z", 65, PivotRelation.PrimaryShort, 40_000, "Transcribe medical reports."),
        };

        var plan = PivotPaths.For(Origin, Facts(50_000), candidates, Model with { Pro = Pro with { Pivots = Pro.Pivots with { Count = 2 } } });

        Assert.Equal(3, plan.CandidateCount);
        Assert.Equal(["x", "y"], plan.Paths.Select(p => p.Code));   // factor 0.5 + 0.5 × 2/3: x 20 × 0.8 × ⅚ = 13.3; y 15 × 1 × ⅚ = 12.5; z 4.2
        Assert.Equal(PivotRelation.PrimaryLong, plan.Paths[0].Relation.Relation);
    }

    [Fact]
    public void Without_the_origin_wage_no_wage_change_is_given_and_an_unrated_origin_has_no_paths()
    {
        var candidate = Candidate("a", 60, PivotRelation.PrimaryShort, 45_000, "Transcribe medical reports.");

        var noWage = PivotPaths.For(Origin, Facts(null), [candidate], Model).Paths.Single();
        var unrated = PivotPaths.For(Score("u", null, ("Transcribe medical reports.", TaskType.Core)), Facts(50_000), [candidate], Model);

        Assert.Null(noWage.WageChange);
        Assert.Null(noWage.WageChangePct);
        Assert.Empty(unrated.Paths);
        Assert.Equal(1, unrated.CandidateCount);
    }

    [Theory]
    [InlineData("Primary-Short", PivotRelation.PrimaryShort)]
    [InlineData("primary-long", PivotRelation.PrimaryLong)]
    [InlineData("Supplemental", PivotRelation.Supplemental)]
    [InlineData("Same category", PivotRelation.SameCategory)]
    public void Onet_tier_wording_names_a_relation(string wording, PivotRelation relation)
    {
        Assert.Equal(relation, Pro.Pivots.RelationFor(wording)!.Relation);
        Assert.Null(Pro.Pivots.RelationFor("Secondary"));
    }

    [Fact]
    public void Every_relation_has_one_weight_and_closer_relations_weigh_more()
    {
        var weights = Enum.GetValues<PivotRelation>().Select(r => Pro.Pivots.Relation(r).Weight).ToList();

        Assert.Equal(weights.OrderDescending(), weights);
        Assert.All(weights, w => Assert.InRange(w, 0.01, 1));
    }
}
