using Jobpocalypse.Scoring;
using Jobpocalypse.Scoring.Validation;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Reference;

/// <summary>The scoring rules hold for every occupation of the real dataset, not only for built examples.</summary>
[Collection(SiteCollection.Name)]
public class ReferenceSnapshotTests(SiteFactory site)
{
    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;

    [Fact]
    public void Every_occupation_with_tasks_is_scored_within_0_and_100_at_every_level()
    {
        Assert.True(Snapshot.Occupations.Count >= 900);
        foreach (var o in Snapshot.Occupations)
        {
            Assert.True(o.Score.IsRated, o.Code);
            Assert.InRange(o.Score.Overall!.Value, 0, 100);
            Assert.Equal(3, o.Score.Levels.Count);
            Assert.All(o.Score.Levels, l => Assert.InRange(l.Score, 0, 100));
        }
    }

    [Fact]
    public void Mid_level_is_what_AI_can_do_and_every_curve_comes_from_the_tasks()
    {
        foreach (var o in Snapshot.Occupations)
        {
            var p = o.Score.Seniority!;
            Assert.Equal(o.Score.Evidence!.Value, o.Score.Level(SeniorityLevel.Mid)!.Value, 9);
            Assert.Equal(o.Score.TaskSignal.Value!.Value, p.Levels.Single(l => l.Level == SeniorityLevel.Mid).TaskSignal, 9);
            Assert.InRange(p.Multiplier(SeniorityLevel.Entry), 0.3, 3);
        }
        // Curves differ between occupations of one category: they follow each occupation's tasks.
        var healthcare = Snapshot.Occupations.Where(o => o.Occupation.CategoryCode == "29")
            .Select(o => Math.Round(o.Score.Seniority!.Multiplier(SeniorityLevel.Entry), 3)).Distinct().Count();
        Assert.True(healthcare > 10, $"{healthcare} distinct entry multipliers in healthcare");
        Assert.NotNull(Snapshot.CurveOf("29"));
    }

    [Fact]
    public void Evidence_and_market_add_up_for_every_occupation_and_the_band_is_the_evidences()
    {
        var model = Snapshot.Model;
        foreach (var o in Snapshot.Occupations)
        {
            var s = o.Score;
            Assert.Equal(1.0, s.InGroup(SignalGroup.Evidence).Sum(x => x.EffectiveWeight), 12);
            Assert.Equal(s.Evidence!.Value, s.InGroup(SignalGroup.Evidence).Sum(x => x.Contribution ?? 0), 9);
            Assert.Equal(s.Market!.Raw, s.InGroup(SignalGroup.Market).Sum(x => x.Contribution ?? 0), 9);
            Assert.InRange(Math.Abs(s.Market.Raw), 0, model.Market.MaxPoints);
            Assert.Equal(s.Overall!.Value, s.Evidence.Value + s.Market.Applied, 9);
            Assert.Equal(model.BandFor(s.Evidence.Value), s.Band);
        }
    }

    [Fact]
    public void Validation_meets_the_published_thresholds()
    {
        var v = Snapshot.Validation;

        Assert.True(v.Against(ValidationReport.Gpt4).Rho >= 0.95, $"GPT-4 β: {v.Against(ValidationReport.Gpt4).Rho}");
        Assert.True(v.Against(ValidationReport.Human).Rho >= 0.90, $"human β: {v.Against(ValidationReport.Human).Rho}");
        Assert.True(v.SameBandAsEvidence >= 0.90, $"same band as the evidence: {v.SameBandAsEvidence}");
        Assert.Equal(923, v.Against(ValidationReport.Gpt4).Count);
    }

    [Fact]
    public void Not_rated_tasks_are_listed_but_never_counted()
    {
        var notRated = Snapshot.Occupations.SelectMany(o => o.Score.TaskSignal.Tasks).Where(t => !t.IsRated).ToList();

        Assert.Equal(45, notRated.Count);
        Assert.All(notRated, t => Assert.Null(t.Contribution));
    }

    [Fact]
    public void Score_distribution_report_counts_every_rated_occupation_once()
    {
        var text = ScoreDistribution.Describe(Snapshot);

        var histogram = text.Split('\n').SkipWhile(l => !l.StartsWith("Histogram")).Skip(1)
            .TakeWhile(l => l.StartsWith("  "))
            .Where(l => l.Trim().Length > 0)
            .Sum(l => int.Parse(l.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]));
        Assert.Equal(Snapshot.Rated.Count(), histogram);
        Assert.Contains($"Occupations: {Snapshot.Occupations.Count}", text);
    }
}
