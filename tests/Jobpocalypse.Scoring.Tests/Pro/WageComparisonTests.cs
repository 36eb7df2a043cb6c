using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring.Tests.Pro;

public class WageComparisonTests
{
    private static readonly WagePeer[] Population =
    [
        new("a", "43", 0.6, 40_000, 10),
        new("b", "43", 0.2, 60_000, 30),
        new("c", "15", 0.5, 100_000, 20),
        new("d", "15", 0.9, null, 5),       // no BLS wage: left out of every average
        new("e", "43", 0.1, 30_000, null),  // no employment: left out too
    ];

    [Fact]
    public void Category_and_all_averages_are_employment_weighted_over_occupations_with_bls_data()
    {
        var result = WageComparison.Compare("43", 0.6, Population);

        var category = result.Category!;
        Assert.Equal(2, category.OccupationCount);
        Assert.Equal(40, category.EmploymentThousands, 9);
        Assert.Equal((10 * 0.6 + 30 * 0.2) / 40, category.MeanExpectedShare, 12);                      // 0.3
        Assert.Equal((10 * 40_000 * 0.6 + 30 * 60_000 * 0.2) / 40, category.MeanPay, 6); // 15,000
        Assert.Equal(75, category.PercentileOfOccupations, 9);    // b below, a itself counts half: 1.5 of 2
        Assert.Equal(87.5, category.PercentileOfWorkers, 9);      // 30 below + half of 10, of 40

        var all = result.All!;
        Assert.Equal(3, all.OccupationCount);
        Assert.Equal(22.0 / 60, all.MeanExpectedShare, 12);
        Assert.Equal(1_600_000.0 / 60, all.MeanPay, 6);
        Assert.Equal(2.5 / 3 * 100, all.PercentileOfOccupations, 9);
        Assert.Equal(55.0 / 60 * 100, all.PercentileOfWorkers, 9);
    }

    [Fact]
    public void A_category_without_bls_data_has_no_comparison()
    {
        var result = WageComparison.Compare("53", 0.5, Population);

        Assert.Null(result.Category);
        Assert.NotNull(result.All);
        Assert.Null(WageComparison.Compare("43", 0.5, []).All);
    }

    [Fact]
    public void Peers_come_from_wage_impact_results_and_unrated_occupations_are_not_peers()
    {
        var scorer = new OccupationScorer(ScoringModel.Default, new ScoringPopulation([0.0, 1.0], null));
        var rated = scorer.Score(new OccupationInputBuilder().Code("r", "43").Task(ExposureLabel.E1, AutomationLabel.T4).Build());
        var unrated = scorer.Score(new OccupationInputBuilder().Code("u", "43").Task(null, null).Build());
        var wage = new WageInput(40_000, 12, EmploymentSharedBy: 3);

        var peer = WagePeer.From(rated, WageImpact.For(rated, wage, new SeniorityModel(ScoringModel.Default.Seniority), ScoringModel.Default))!;

        Assert.Equal(("r", "43", 1.0, 40_000), (peer.Code, peer.CategoryCode, peer.ExpectedShare, peer.MedianWage!.Value));
        Assert.Equal(4, peer.EmploymentThousands!.Value, 12);
        Assert.Null(WagePeer.From(unrated, WageImpact.For(unrated, wage, new SeniorityModel(ScoringModel.Default.Seniority), ScoringModel.Default)));
    }
}
