namespace Jobpocalypse.Scoring.Tests;

public class RelatedOccupationsTests
{
    private static readonly OccupationScorer Scorer = new(ScoringModel.Default, new ScoringPopulation([0.0, 1.0], null));

    private static (OccupationScore Score, IReadOnlyList<string> TaskTexts) Occupation(string code, string category, ExposureLabel exposure, params string[] tasks)
    {
        var builder = new OccupationInputBuilder().Code(code, category);
        foreach (var t in tasks) builder.Task(exposure, AutomationLabel.T2, text: t);
        var score = Scorer.Score(builder.Build());
        return (score, tasks);
    }

    [Fact]
    public void Shared_work_comes_first_then_the_closest_score_and_other_categories_and_itself_are_left_out()
    {
        var target = Occupation("target", "43", ExposureLabel.E2, "Transcribe medical reports.", "Schedule patient appointments.");
        var all = new[]
        {
            target,
            Occupation("same-score-no-overlap", "43", ExposureLabel.E2, "Operate forklifts in warehouses."),
            Occupation("far-score-overlap", "43", ExposureLabel.E0, "Transcribe medical reports from dictation."),
            Occupation("other-category", "15", ExposureLabel.E2, "Transcribe medical reports.", "Schedule patient appointments."),
        };

        var related = RelatedOccupations.Closest(target.Score, all, ScoringModel.Default);

        Assert.Equal(["far-score-overlap", "same-score-no-overlap"], related.Select(r => r.Score.Code));
        Assert.Equal(1, related[0].Overlap.SharedCount);
        Assert.Equal(0, related[1].Overlap.SharedCount);
    }
}
