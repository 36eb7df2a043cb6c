using Jobpocalypse.Web.Search;

namespace Jobpocalypse.Web.Tests.Search;

public class SearchQueryTests
{
    private static readonly SearchVocabulary Vocabulary = new("v", ["medical", "medic", "coder", "code", "cord", "records", "nurse", "nurses"]);

    [Theory]
    [InlineData("Medical Coder", new[] { "medical", "coder" })]
    [InlineData("  medical,coder!! ", new[] { "medical", "coder" })]
    [InlineData("\"medical\" AND (coder OR NEAR(x))", new[] { "medical", "coder", "x" })]
    [InlineData("nurse nurse NURSE", new[] { "nurse" })]
    [InlineData("director of nursing", new[] { "director", "nursing" })]
    [InlineData("29-2072.00", new[] { "29", "2072", "00" })]
    [InlineData("Ærø café", new[] { "ærø", "café" })]
    [InlineData("\" * ^ : AND ( ) NOT OR NEAR", new string[0])]
    [InlineData("", new string[0])]
    public void Words_are_lower_case_letter_and_digit_runs_without_operators_or_connectives(string text, string[] words)
    {
        Assert.Equal(words, SearchKey.Words(text));
    }

    [Fact]
    public void Every_word_is_quoted_and_required()
    {
        var query = SearchQuery.Parse("medical records", Vocabulary);

        Assert.Equal("\"medical\" AND \"records\"", query.ToFtsExpression());
        Assert.Empty(query.Corrected);
    }

    [Fact]
    public void A_word_not_in_the_vocabulary_keeps_its_spelling_or_ed_with_its_corrections()
    {
        var query = SearchQuery.Parse("medcal codr", Vocabulary);

        Assert.Equal("(\"medcal\" OR \"medical\") AND (\"codr\" OR \"code\" OR \"coder\" OR \"cord\")", query.ToFtsExpression());
        Assert.Equal(["medcal", "codr"], query.Corrected.Select(t => t.Word));
    }

    [Fact]
    public void Short_words_and_known_words_are_not_corrected()
    {
        // "cod" is one edit from "code" and "cord" but too short to correct; "medic" is a known word.
        var query = SearchQuery.Parse("cod medic", Vocabulary);

        Assert.Equal("\"cod\" AND \"medic\"", query.ToFtsExpression());
    }

    [Fact]
    public void Nothing_but_symbols_is_an_empty_query()
    {
        Assert.True(SearchQuery.Parse("AND ( * \"", Vocabulary).IsEmpty);
    }
}
