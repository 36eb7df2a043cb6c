using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring.Tests.Pro;

public class TaskOverlapTests
{
    private static readonly TaskOverlapRule Rule = ScoringModel.Default.Pro.Pivots.Overlap;

    [Theory]
    [InlineData("code", "cod")]
    [InlineData("codes", "cod")]
    [InlineData("coded", "cod")]
    [InlineData("coding", "cod")]
    [InlineData("records", "record")]
    [InlineData("recording", "record")]
    [InlineData("studies", "study")]
    [InlineData("diagnosis", "diagnosis")]   // kept ending -is
    [InlineData("process", "process")]       // kept ending -ss
    [InlineData("uses", "use")]              // -es would leave 2 letters; -s applies instead, then -e would leave 2
    public void Stemming_is_light_and_consistent(string word, string stem)
    {
        Assert.Equal(stem, TaskText.Stem(word, Rule));
    }

    [Fact]
    public void Content_words_drop_stop_words_short_words_and_the_examples_after_such_as()
    {
        var words = TaskText.ContentWords("Enter data, such as demographic characteristics, into the computer.", Rule);

        Assert.Equal(["data", "enter"], words.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Cosine_is_shared_words_over_the_root_of_the_product_of_sizes()
    {
        var a = new HashSet<string> { "transcrib", "medical", "report" };
        var b = new HashSet<string> { "transcrib", "dictation", "medical", "report" };

        Assert.Equal(3 / Math.Sqrt(12), TaskText.Cosine(a, b), 12);
        Assert.Equal(0, TaskText.Cosine(a, new HashSet<string>()));
    }

    [Fact]
    public void Real_pair_transcribing_medical_reports_is_shared_and_a_generic_pair_is_not()
    {
        var records = ProRepositoryData.Tasks("29-2072.00");
        var transcriptionists = ProRepositoryData.TaskTexts("31-9094.00");
        var transcribe = TaskScorer.Score([records.Single(t => t.TaskId == 22893)], ScoringModel.Default).Tasks;   // "Transcribe medical reports."
        var retrieve = TaskScorer.Score([records.Single(t => t.TaskId == 22889)], ScoringModel.Default).Tasks;    // "Retrieve patient medical records…"

        var shared = TaskOverlaps.Measure(transcribe, transcriptionists, Rule).Matches.Single();
        var notShared = TaskOverlaps.Measure(retrieve, ProRepositoryData.TaskTexts("29-1214.00"), Rule).Matches.Single();

        Assert.StartsWith("Transcribe dictation for a variety of medical reports", shared.BestMatch);
        Assert.Equal(3 / Math.Sqrt(12), shared.Similarity, 12);   // {transcrib, medical, report} vs the same plus dictation
        Assert.True(shared.IsShared);
        Assert.InRange(notShared.Similarity, 0.01, Rule.Threshold - 0.001);   // shares words (patient, medical, physician), not work
        Assert.False(notShared.IsShared);
    }

    [Fact]
    public void Medical_records_specialists_share_some_work_with_transcriptionists_and_file_clerks_and_none_with_physicians()
    {
        var source = TaskScorer.Score(ProRepositoryData.Tasks("29-2072.00"), ScoringModel.Default).Tasks;

        double Share(string code) => TaskOverlaps.Measure(source, ProRepositoryData.TaskTexts(code), Rule).Share!.Value;

        Assert.True(Share("31-9094.00") > 0);
        Assert.True(Share("43-4071.00") > 0);
        Assert.Equal(0, Share("29-1214.00"));
        Assert.True(Share("31-9094.00") > Share("43-4071.00"));
    }

    [Fact]
    public void Share_is_the_weight_of_matched_source_tasks_over_all_source_weight()
    {
        var source = TaskScorer.Score(
        [
            new TaskInput(1, "Transcribe medical reports.", TaskType.Core, ExposureLabel.E1, AutomationLabel.T3),   // weight 2
            new TaskInput(2, "Repair hydraulic pumps.", TaskType.Supplemental, null, null),                      // weight 1, unrated still counts
        ], ScoringModel.Default).Tasks;

        var overlap = TaskOverlaps.Measure(source, ["Transcribe medical reports and letters."], Rule);
        var none = TaskOverlaps.Measure(source, [], Rule);

        Assert.Equal(2.0 / 3, overlap.Share!.Value, 12);
        Assert.Equal(2, overlap.SharedWeight);
        Assert.Equal(3, overlap.TotalWeight);
        Assert.Equal(1, overlap.SharedCount);
        Assert.Null(none.Share);
    }
}
