using Jobpocalypse.Web.Search;

namespace Jobpocalypse.Web.Tests.Search;

public class SearchVocabularyTests
{
    [Theory]
    [InlineData("medcal", "medical")]   // insertion
    [InlineData("medicall", "medical")] // deletion
    [InlineData("medixal", "medical")]  // substitution
    [InlineData("mdeical", "medical")]  // adjacent transposition
    [InlineData("edical", "medical")]   // insertion at the start
    [InlineData("medica", "medical")]   // insertion at the end
    [InlineData("ocder", "coder")]      // transposition at the start
    [InlineData("codre", "coder")]      // transposition at the end
    public void One_edit_apart(string typed, string word)
    {
        Assert.True(SearchVocabulary.IsOneEditApart(typed, word));
        Assert.True(SearchVocabulary.IsOneEditApart(word, typed));
    }

    [Theory]
    [InlineData("medical", "medical")]  // distance 0
    [InlineData("mdecial", "medical")]  // two transpositions
    [InlineData("medcl", "medical")]    // two deletions
    [InlineData("mexixal", "medical")]  // two substitutions
    [InlineData("cedor", "coder")]      // two letters swapped that are not neighbours
    [InlineData("coder", "codes1")]     // substitution plus insertion
    public void Not_one_edit_apart(string typed, string word)
    {
        Assert.False(SearchVocabulary.IsOneEditApart(typed, word));
        Assert.False(SearchVocabulary.IsOneEditApart(word, typed));
    }

    [Fact]
    public void Finds_exactly_the_words_at_distance_one_by_brute_force()
    {
        var words = new[] { "cod", "code", "coder", "coders", "cord", "core", "decor", "colder", "coded", "odr", "codr", "c", "co" };
        var vocabulary = new SearchVocabulary("v", words);

        foreach (var typed in new[] { "codr", "coder", "cdoer", "cods", "medcal", "co" })
        {
            var expected = words.Where(w => RestrictedDamerauLevenshtein(typed, w) == 1).Order(StringComparer.Ordinal);
            Assert.Equal(expected, vocabulary.WithinOneEdit(typed));
        }
    }

    [Fact]
    public void Contains_is_exact()
    {
        var vocabulary = new SearchVocabulary("v", ["coder", "medical"]);

        Assert.True(vocabulary.Contains("coder"));
        Assert.False(vocabulary.Contains("Coder"));
        Assert.False(vocabulary.Contains("code"));
        Assert.Equal(2, vocabulary.Count);
    }

    /// <summary>Optimal string alignment distance by dynamic programming: the reference the fast check must agree with.</summary>
    internal static int RestrictedDamerauLevenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
