using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring.Tests;

public class TaskPatternListTests
{
    private static TaskPatternList List(params string[] patterns) => new(patterns.Select(TaskPattern.Parse));

    private static string? First(TaskPatternList list, string statement) => list.FirstMatch(TaskText.Words(statement).ToList())?.Text;

    [Theory]
    [InlineData("Schedule appointments for patients.", "schedul*")]
    [InlineData("Enter data into the billing system.", "enter + data")] // both match; the earlier one wins
    [InlineData("Record data in patient files.", "record")]
    [InlineData("Maintain records of shipments.", "maintain* + record*")] // filed under a prefix: no whole word
    [InlineData("Repair engines.", null)]
    [InlineData("Enter it.", null)] // the anchor alone is not a match
    public void The_first_matching_pattern_in_list_order_wins(string statement, string? expected)
    {
        var list = List("enter + data", "record", "schedul*", "maintain* + record*", "data entry");

        Assert.Equal(expected, First(list, statement));
    }

    [Fact]
    public void Words_shorter_than_a_prefix_key_match_only_whole_words()
    {
        var list = List("log", "log* + book*");

        Assert.Equal("log", First(list, "Keep a log."));
        Assert.Equal("log* + book*", First(list, "Update logbooks and book entries."));
        Assert.Null(First(list, "Go."));
    }

    /// <summary>
    /// The index must never change which marker decides a task: over every O*NET task statement, it finds the pattern a
    /// walk down the list finds, for both of the seniority model's marker lists.
    /// </summary>
    [Fact]
    public void Over_every_onet_statement_it_agrees_with_a_walk_down_the_list()
    {
        var statements = RepositoryData.Rows("onet-29.3/task_statements.tsv", '\t').Select(r => r["Task"]).Distinct().ToList();
        var rule = ScoringModel.Default.Seniority;
        var matched = 0;
        foreach (var markers in new[] { rule.EntryMarkers, rule.SeniorMarkers })
        {
            var patterns = markers.Select(TaskPattern.Parse).ToList();
            var list = new TaskPatternList(patterns);
            foreach (var statement in statements)
            {
                var words = TaskText.Words(statement).ToList();
                var walked = patterns.FirstOrDefault(p => p.Matches(words))?.Text;
                Assert.True(walked == list.FirstMatch(words)?.Text, $"'{statement}': the walk finds {walked ?? "none"}, the index {list.FirstMatch(words)?.Text ?? "none"}");
                if (walked is not null) matched++;
            }
        }

        Assert.True(statements.Count > 15_000, $"only {statements.Count} statements read");
        Assert.True(matched > 1_000, $"only {matched} statements matched a marker: the comparison proves little");
    }
}
