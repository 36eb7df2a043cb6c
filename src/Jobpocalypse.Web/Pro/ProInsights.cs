using System.Collections.Concurrent;
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
/// The Pro figures of one dataset snapshot. The wage population (every occupation's exposed share, wage and attributed
/// employment) and each occupation's insights are computed once and hang off the snapshot (<see cref="SnapshotDerived"/>),
/// so they are dropped with it: Pro pages, /pro and the PDF ask for the same figures again and again, and they only
/// change with the dataset.
/// </summary>
public sealed class ProFigures
{
    private readonly ReferenceSnapshot _snapshot;
    // One per snapshot: it classifies each task statement once for the heatmap and the wage figures of every occupation.
    private readonly SeniorityModel _seniority;
    private readonly WagePopulation _population;
    // Lazy, so readers (or a PDF and a page) asking for one occupation at once compute its insights once.
    private readonly ConcurrentDictionary<string, Lazy<ProInsights>> _byCode = new(StringComparer.Ordinal);

    private sealed record WagePopulation(IReadOnlyDictionary<string, WageImpactResult> Impacts, IReadOnlyList<WagePeer> Peers);

    /// <summary>A fresh set, not kept with the snapshot (benchmarks time the first computation with it).</summary>
    public ProFigures(ReferenceSnapshot snapshot)
    {
        _snapshot = snapshot;
        _seniority = new SeniorityModel(snapshot.Model.Seniority);
        _population = BuildPopulation(snapshot, _seniority);
    }

    /// <summary>The snapshot's Pro figures, built on first use.</summary>
    public static ProFigures Of(ReferenceSnapshot snapshot) => snapshot.Derived.Get(s => new ProFigures(s));

    public ProInsights For(OccupationEntry entry) =>
        _byCode.GetOrAdd(entry.Code, _ => new Lazy<ProInsights>(() => Compute(_snapshot, entry, _population, _seniority))).Value;

    private static ProInsights Compute(ReferenceSnapshot snapshot, OccupationEntry entry, WagePopulation population, SeniorityModel seniority)
    {
        var pro = snapshot.Model.Pro;
        var wage = population.Impacts[entry.Code];
        var origin = new PivotOrigin(entry.Projection?.MedianWage, entry.Projection?.ChangePct, entry.Projection?.EntryEducation);
        return new ProInsights(
            snapshot,
            entry,
            TaskHeatmap.For(entry.Score, seniority, pro),
            PivotPaths.For(entry.Score, origin, Candidates(snapshot, entry), snapshot.Model, snapshot.TaskWords),
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
