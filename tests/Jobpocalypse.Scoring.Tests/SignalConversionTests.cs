namespace Jobpocalypse.Scoring.Tests;

public class SignalConversionTests
{
    private static readonly ScoringModel Model = ScoringModel.Default;

    [Theory]
    [InlineData(0.0, 12.5)]    // lowest of four: half a tie over four
    [InlineData(1.5, 87.5)]
    [InlineData(0.75, 50)]     // between 0.5 and 1.0: two below
    [InlineData(-9, 0)]
    public void Lm_aioe_percentile_is_mid_rank_among_the_published_population(double value, double expected)
    {
        var population = new ScoringPopulation([0.0, 0.5, 1.0, 1.5], medianWageGrowthPct: null);

        Assert.Equal(expected, population.LmAioePercentile(value)!.Value, 9);
    }

    [Theory]
    [InlineData(7.1, 21.6)]
    [InlineData(0, 50)]
    [InlineData(-30, 100)]
    [InlineData(40, 0)]
    public void Outlook_reads_decline_as_exposure_and_is_clamped(double changePct, double expected)
    {
        Assert.Equal(expected, SignalConversions.Outlook(changePct, Model).Value!.Value, 9);
    }

    [Fact]
    public void Entry_education_uses_the_bls_category_value_and_unknown_wording_is_missing()
    {
        Assert.Equal(70, SignalConversions.EntryEducation("Bachelor's degree", Model).Value);
        Assert.Null(SignalConversions.EntryEducation("—", Model).Value);
        Assert.Null(SignalConversions.EntryEducation(null, Model).Value);
    }

    [Fact]
    public void Credential_trend_rises_when_the_requirement_falls_and_the_wage_lags()
    {
        var population = new ScoringPopulation([], medianWageGrowthPct: 5);
        var steady = new OccupationInputBuilder().Education("Bachelor's degree", "Bachelor's degree").Wages(100, 105).Build();
        var easier = new OccupationInputBuilder().Education("Bachelor's degree", "Associate's degree").Wages(100, 102).Build();

        Assert.Equal(50, SignalConversions.CredentialTrend(steady, Model, population).Value!.Value, 9);
        Assert.Equal(50 + 10 + 2 * 3, SignalConversions.CredentialTrend(easier, Model, population).Value!.Value, 9);
    }

    [Fact]
    public void Median_wage_growth_is_taken_over_all_occupations_with_both_wages()
    {
        var occupations = new[]
        {
            new OccupationInputBuilder().Wages(100, 110).Build(),
            new OccupationInputBuilder().Wages(100, 102).Build(),
            new OccupationInputBuilder().Wages(100, 104).Build(),
            new OccupationInputBuilder().Wages(null, 104).Build(),
        };

        Assert.Equal(4, ScoringPopulation.From([], occupations).MedianWageGrowthPct!.Value, 9);
    }
}
