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

    [Fact]
    public void A_shared_word_memo_gives_the_same_matches_as_reducing_each_statement_afresh()
    {
        var real = new[] { "29-2072.00", "31-9094.00", "43-6013.00", "29-1141.00" }
            .Select(code => (Code: code, Tasks: Pro.ProRepositoryData.Tasks(code))).ToList();
        var scored = real.Select(r => (Score: Scorer.Score(new OccupationInputBuilder().Code(r.Code, "43").Tasks(r.Tasks).Build()),
            TaskTexts: (IReadOnlyList<string>)r.Tasks.Select(t => t.Text).ToList())).ToList();
        var memo = new Jobpocalypse.Scoring.Pro.TaskWords(ScoringModel.Default.Pro.Pivots.Overlap);

        foreach (var target in scored)
        {
            var afresh = RelatedOccupations.Closest(target.Score, scored, ScoringModel.Default);
            var memoised = RelatedOccupations.Closest(target.Score, scored, ScoringModel.Default, memo);

            Assert.Equal(afresh.Select(r => r.Score.Code), memoised.Select(r => r.Score.Code));
            Assert.Equal(afresh.Select(r => r.Overlap.Matches.Select(m => (m.Task.TaskId, m.BestMatch, m.Similarity))),
                memoised.Select(r => r.Overlap.Matches.Select(m => (m.Task.TaskId, m.BestMatch, m.Similarity))));
            Assert.Equal(afresh.Select(r => r.Overlap.Unmatched), memoised.Select(r => r.Overlap.Unmatched));
        }
        // The memoised words are the statement's content words, nothing else.
        var text = real[0].Tasks[0].Text;
        Assert.Equal(Jobpocalypse.Scoring.Pro.TaskText.ContentWords(text, memo.Rule), memo.Of(text));
    }
}
