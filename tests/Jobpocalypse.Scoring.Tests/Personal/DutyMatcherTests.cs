using Jobpocalypse.Scoring.Personal;
using Jobpocalypse.Scoring.Pro;
using Jobpocalypse.Scoring.Tests.Pro;

namespace Jobpocalypse.Scoring.Tests.Personal;

public class DutyMatcherTests
{
    private static readonly Lazy<TaskIndex> s_index = new(() => new TaskIndex(
        ProRepositoryData.Occupations.SelectMany(o => o.Value.Tasks.Select(t => new IndexedTask(t, o.Key))),
        new TaskWords(ScoringModel.Default.Pro.Pivots.Overlap)));

    /// <summary>A medical coder's duties in our own words (not O*NET's), with two lines no statement is about.</summary>
    public const string MedicalCoder = """
        Responsibilities:
        - Review inpatient and outpatient charts and assign diagnosis and procedure codes from the standard classification systems.
        - Query physicians when documentation is unclear, missing or conflicting, to resolve coding questions.
        - Abstract patient data from medical records and code it for the hospital's registries.
        - Enter patient demographics, diagnoses and treatment details into the computer system.
        - Review patient records for completeness, accuracy and compliance with federal regulations.
        - Scan paper health records into electronic formats for the archive.
        - Assign each inpatient stay to diagnosis-related groups with the encoder software.
        - Post medical insurance billings and follow up on denied claims.
        - Bring donuts for the team on Fridays.
        """;

    [Fact]
    public void A_medical_coders_duties_match_at_least_five_medical_records_specialist_tasks()
    {
        var matches = DutyMatcher.Match(MedicalCoder, s_index.Value, DutyMatchRule.Default);

        var tasks = matches.Where(m => m.Task?.OccupationCode == "29-2072.00").Select(m => m.Task!.Task.TaskId).Distinct().ToList();
        Assert.True(tasks.Count >= 5, $"{tasks.Count} tasks of 29-2072.00: " + string.Join("; ",
            matches.Select(m => $"{m.Line} -> {m.Task?.OccupationCode} {m.Task?.Task.Text} {m.Confidence:0.00}")));
        Assert.All(matches.Where(m => m.IsMatched), m => Assert.InRange(m.Confidence, DutyMatchRule.Default.Threshold, 1));
    }

    [Fact]
    public void A_line_below_the_threshold_is_not_matched_rather_than_guessed()
    {
        var matches = DutyMatcher.Match(MedicalCoder, s_index.Value, DutyMatchRule.Default);

        var donuts = Assert.Single(matches, m => m.Line.StartsWith("Bring donuts", StringComparison.Ordinal));
        Assert.False(donuts.IsMatched);
        Assert.Equal(0, donuts.Confidence);
        Assert.False(Assert.Single(matches, m => m.Line == "Responsibilities:").IsMatched);
    }

    [Fact]
    public void Lines_split_on_line_breaks_sentences_and_semicolons_and_drop_bullets_and_numbers()
    {
        var lines = DutyMatcher.Lines("1. Code charts. Audit claims; train staff\n\n  • Answer calls\r\n2) File records. v1.2 ready");

        Assert.Equal(["Code charts", "Audit claims", "train staff", "Answer calls", "File records", "v1.2 ready"], lines);
    }

    [Fact]
    public void A_statement_matches_itself_with_full_confidence()
    {
        var task = ProRepositoryData.Tasks("29-2072.00").Single(t => t.TaskId == 22893);

        var match = Assert.Single(DutyMatcher.Match(task.Text, s_index.Value, DutyMatchRule.Default));

        Assert.Equal(1.0, match.Confidence, 9);
        Assert.Equal(TaskText.ContentWords(task.Text, s_index.Value.Rule), TaskText.ContentWords(match.Task!.Task.Text, s_index.Value.Rule));
    }
}
