using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Jobpocalypse.Scoring;
using Jobpocalypse.Scoring.Pro;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Pro;

/// <summary>The four Pro features of one occupation, computed by the scoring library from the snapshot.</summary>
public sealed record ProInsights(
    ReferenceSnapshot Snapshot,
    OccupationEntry Entry,
    TaskHeatmap Heatmap,
    PivotPlan Pivots,
    WageImpactResult Wage,
    WageComparisonResult? Comparison,
    ToolRecommendationResult Tools);

/// <summary>
/// Builds <see cref="ProInsights"/> for any occupation. The wage population (every occupation's exposed share, wage and
/// attributed employment) and each occupation's insights are computed once per dataset snapshot and dropped with it:
/// Pro pages, /pro and the PDF ask for the same figures again and again, and they only change with the dataset.
/// </summary>
public sealed class ProInsightsBuilder
{
    private readonly ConditionalWeakTable<ReferenceSnapshot, SnapshotInsights> _bySnapshot = new();

    private sealed record WagePopulation(IReadOnlyDictionary<string, WageImpactResult> Impacts, IReadOnlyList<WagePeer> Peers);

    private sealed class SnapshotInsights
    {
        public SnapshotInsights(ReferenceSnapshot snapshot)
        {
            Seniority = new SeniorityModel(snapshot.Model.Seniority);
            Population = BuildPopulation(snapshot, Seniority);
        }

        // One per snapshot: it classifies each task statement once for the heatmap and the wage figures of every occupation.
        public SeniorityModel Seniority { get; }
        public WagePopulation Population { get; }
        public ConcurrentDictionary<string, ProInsights> ByCode { get; } = new(StringComparer.Ordinal);
    }

    public ProInsights For(ReferenceSnapshot snapshot, OccupationEntry entry)
    {
        var cached = _bySnapshot.GetValue(snapshot, s => new SnapshotInsights(s));
        return cached.ByCode.GetOrAdd(entry.Code, _ => Compute(snapshot, entry, cached.Population, cached.Seniority));
    }

    private static ProInsights Compute(ReferenceSnapshot snapshot, OccupationEntry entry, WagePopulation population, SeniorityModel seniority)
    {
        var pro = snapshot.Model.Pro;
        var wage = population.Impacts[entry.Code];
        var origin = new PivotOrigin(entry.Projection?.MedianWage, entry.Projection?.ChangePct, entry.Projection?.EntryEducation);
        return new ProInsights(
            snapshot,
            entry,
            TaskHeatmap.For(entry.Score, seniority, pro),
            PivotPaths.For(entry.Score, origin, Candidates(snapshot, entry), snapshot.Model),
            wage,
            wage.ExpectedShare is { } share ? WageComparison.Compare(entry.Occupation.CategoryCode, share, population.Peers) : null,
            ToolRecommendations.For(entry.Score.TaskSignal, snapshot.Tools, pro));
    }

    private static IEnumerable<PivotCandidateInput> Candidates(ReferenceSnapshot snapshot, OccupationEntry entry)
    {
        var rule = snapshot.Model.Pro.Pivots;
        var related = entry.OnetRelated
            .Select(r => (Entry: snapshot.ByCode(r.RelatedCode), Relation: rule.RelationFor(r.Tier)?.Relation))
            .Where(r => r.Entry is not null && r.Relation is not null)
            .Select(r => Candidate(r.Entry!, r.Relation!.Value));
        var neighbours = snapshot.RelatedTo(entry).Select(n => Candidate(n.Entry, PivotRelation.SameCategory));
        return related.Concat(neighbours);
    }

    private static PivotCandidateInput Candidate(OccupationEntry e, PivotRelation relation) =>
        new(e.Title, e.Score, e.Projection?.MedianWage, e.Projection?.ChangePct, e.Outlook?.Wording,
            e.Projection?.EntryEducation, relation);

    private static WagePopulation BuildPopulation(ReferenceSnapshot snapshot, SeniorityModel seniority)
    {
        var inputs = WageInput.ForAll(snapshot.Occupations.Select(o =>
            (o.Code, o.Projection?.SocCode, o.Projection?.MedianWage, o.Projection?.EmploymentStart)));
        var impacts = snapshot.Occupations.ToDictionary(o => o.Code, o => WageImpact.For(o.Score, inputs[o.Code], seniority, snapshot.Model));
        var peers = snapshot.Occupations
            .Select(o => WagePeer.From(o.Score, impacts[o.Code]))
            .OfType<WagePeer>()
            .ToList();
        return new WagePopulation(impacts, peers);
    }
}
