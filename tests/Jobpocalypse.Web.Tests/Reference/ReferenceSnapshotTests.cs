using Jobpocalypse.Scoring;
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
    public void Seniority_levels_descend_wherever_the_category_curve_does()
    {
        foreach (var o in Snapshot.Occupations)
        {
            var c = o.Score.Curve;
            if (c.Entry >= c.Mid && c.Mid >= c.Senior)
                Assert.True(o.Score.Level(SeniorityLevel.Entry) >= o.Score.Level(SeniorityLevel.Mid)
                    && o.Score.Level(SeniorityLevel.Mid) >= o.Score.Level(SeniorityLevel.Senior), o.Code);
        }
    }

    [Fact]
    public void Missing_signal_weight_is_redistributed_exactly_for_every_occupation()
    {
        foreach (var o in Snapshot.Occupations)
        {
            var s = o.Score;
            Assert.Equal(1.0, s.Signals.Sum(x => x.EffectiveWeight), 12);
            double available = s.Signals.Where(x => x.IsAvailable).Sum(x => x.Definition.Weight);
            Assert.Equal(1.0 - available, s.MissingWeight, 12);
            Assert.Equal(s.Overall!.Value, s.Signals.Sum(x => x.Contribution ?? 0), 9);
        }
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
        var text = ScoreDistributionCommand.Describe(Snapshot);

        var histogram = text.Split('\n').SkipWhile(l => !l.StartsWith("Histogram")).Skip(1)
            .Where(l => l.Trim().Length > 0)
            .Sum(l => int.Parse(l.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]));
        Assert.Equal(Snapshot.Rated.Count(), histogram);
        Assert.Contains($"Occupations: {Snapshot.Occupations.Count}", text);
    }
}
