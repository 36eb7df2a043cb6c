using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring.Tests.Pro;

public class ToolCatalogueTests
{
    private static IReadOnlyList<string> Words(string text) => TaskText.Words(text).ToList();

    [Theory]
    [InlineData("code", "Code patient data.", true)]
    [InlineData("code", "Assign codes to records.", false)]          // whole words only
    [InlineData("code*", "Assign codes to records.", true)]          // * matches any ending
    [InlineData("data entry", "Perform data entry and retrieval.", true)]
    [InlineData("data entry", "Enter data and check entry forms.", false)]   // a phrase must appear together, in order
    [InlineData("code* + patient*", "Identify and code patients' data.", true)]
    [InlineData("code* + patient*", "Write program code.", false)]   // every + part must appear
    [InlineData("diagnosis related", "Assign the patient to diagnosis-related groups (DRGs).", true)]   // hyphens split words
    public void Patterns_match_whole_words_prefixes_phrases_and_all_parts(string pattern, string task, bool matches)
    {
        Assert.Equal(matches, TaskPattern.Parse(pattern).Matches(Words(task)));
    }

    [Theory]
    [InlineData("Code")]
    [InlineData("co*")]
    [InlineData("data-entry")]
    [InlineData("code +")]
    [InlineData("*")]
    public void Malformed_patterns_are_rejected_with_a_reason(string pattern)
    {
        var error = Assert.Throws<FormatException>(() => TaskPattern.Parse(pattern));
        Assert.Contains(pattern.Trim(), error.Message);
    }

    [Fact]
    public void A_catalogue_lists_every_problem_at_once()
    {
        var error = Assert.Throws<FormatException>(() => ToolCatalogue.Create(
        [
            new ToolCategory("dup", "One", "Why.", "Checks.", ["schedul*"]),
            new ToolCategory("dup", "Two", "Why.", "Checks it.;", ["alpha + beta*", "beta* + alpha"]),
            new ToolCategory("Bad Id", "", " ", "", []),
        ]));

        Assert.Contains("id 'dup' is used twice", error.Message);
        Assert.Contains("repeats another pattern", error.Message);
        Assert.Contains("'id' must be lower-case", error.Message);
        Assert.Contains("'name' is missing", error.Message);
        Assert.Contains("'why' is missing", error.Message);
        Assert.Contains("'checks' is missing", error.Message);
        Assert.Contains("'checks' must be one sentence", error.Message);
        Assert.Contains("'patterns' is missing or empty", error.Message);
    }

    [Fact]
    public void The_editorial_file_parses_into_the_library_records_and_passes_every_check()
    {
        var file = ProRepositoryData.ReadToolFile();

        var catalogue = ToolCatalogue.Create(file.Categories);

        Assert.InRange(catalogue.Entries.Count, 15, 25);
        Assert.All(file.Categories, c =>
        {
            Assert.DoesNotContain('\n', c.Why);
            Assert.InRange(c.Why.Length, 40, 200);   // one sober line
            Assert.DoesNotMatch("[0-9%]", c.Why);     // no statistics
            Assert.True(Sentence.IsOne(c.Checks), c.Checks);
            Assert.InRange(c.Checks.Length, 30, 200);
        });
    }
}
