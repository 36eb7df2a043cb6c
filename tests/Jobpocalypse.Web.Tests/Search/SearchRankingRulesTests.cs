using Jobpocalypse.Web.Search;

namespace Jobpocalypse.Web.Tests.Search;

/// <summary>The rules under the ranking: exact keys, the size prior, spelling similarity.</summary>
public class SearchRankingRulesTests
{
    [Theory]
    [InlineData("Registered Nurses", "registered nurse")]
    [InlineData("registered nurse", "registered nurse")]
    [InlineData("Secretaries", "secretary")]
    [InlineData("Waitresses", "waitress")]
    [InlineData("Coaches and Scouts", "coach scout")]
    [InlineData("Bus", "bus")]
    [InlineData("UX  Designer!", "ux designer")]
    [InlineData("Cooks, Restaurant", "cook restaurant")]
    public void Keys_compare_titles_by_their_singular_words(string text, string key)
    {
        Assert.Equal(key, SearchKey.Of(text));
    }

    [Fact]
    public void Head_phrases_are_the_names_before_the_first_comma()
    {
        Assert.Equal(["Substitute Teachers"], SearchCatalog.HeadPhrases("Substitute Teachers, Short-Term"));
        Assert.Equal(["Stockers", "Order Fillers"], SearchCatalog.HeadPhrases("Stockers and Order Fillers"));
    }

    [Fact]
    public void The_general_occupation_keeps_its_soc_count_and_specialties_share_it()
    {
        var employment = SearchPriors.Employment(
            [("29-1141.00", "29-1141"), ("29-1141.01", "29-1141"), ("29-1141.02", "29-1141"), ("29-1141.03", "29-1141")],
            new Dictionary<string, double> { ["29-1141"] = 3391.0 });

        Assert.Equal(3391.0, employment["29-1141.00"]);
        Assert.Equal(3391.0 / 4, employment["29-1141.01"]);
    }

    [Fact]
    public void Occupations_that_bls_counts_only_together_share_the_combined_line()
    {
        // BLS publishes 31-1120 "Home health and personal care aides", not 31-1121 and 31-1122 apart.
        var employment = SearchPriors.Employment(
            [("31-1121.00", "31-1121"), ("31-1122.00", "31-1122"), ("31-1131.00", "31-1131"), ("47-4091.00", "47-4091")],
            new Dictionary<string, double> { ["31-1120"] = 4347.7, ["31-1131"] = 1441.5 });

        Assert.Equal(4347.7 / 2, employment["31-1121.00"]);
        Assert.Equal(4347.7 / 2, employment["31-1122.00"]);
        Assert.Equal(1441.5, employment["31-1131.00"]);
        Assert.Equal(0, employment["47-4091.00"]);
    }

    [Fact]
    public void Similar_titles_are_ranked_by_shared_trigrams_one_per_occupation()
    {
        var similarity = new TitleSimilarity([
            ("47-2111.00", "Electricians"), ("47-2111.00", "Electrician"), ("47-2152.00", "Plumbers"), ("17-2071.00", "Electrical Engineers"),
        ]);

        var closest = similarity.Closest("elecrtican", 5);

        Assert.Equal("47-2111.00", closest[0].OccupationCode);
        Assert.Equal("Electrician", closest[0].Title);
        Assert.Single(closest, c => c.OccupationCode == "47-2111.00");
        Assert.DoesNotContain(closest, c => c.OccupationCode == "47-2152.00");
        Assert.Empty(similarity.Closest("😀 \u202E", 5));
    }
}
