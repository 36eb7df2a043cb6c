using System.Collections.Concurrent;
using Jobpocalypse.Scoring;
using Jobpocalypse.Scoring.Pro;
using Jobpocalypse.Scoring.Validation;

namespace Jobpocalypse.Web.Reference;

/// <summary>
/// An immutable, fully scored view of one reference database version. Pages read it without touching the
/// database; a dataset rebuild replaces the whole snapshot at once.
/// </summary>
public sealed class ReferenceSnapshot
{
    private readonly Dictionary<string, OccupationEntry> _byCode;
    private readonly Dictionary<string, OccupationEntry> _bySlug;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<RelatedEntry>>> _related = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SeniorityCurve?> _curves;
    private readonly Lazy<ValidationReport> _validation;

    public ReferenceSnapshot(string version, string builtAt, ScoringModel model, ScoringPopulation population,
        IReadOnlyList<CategoryRow> categories,
        IReadOnlyList<OccupationEntry> occupations, ToolCatalogue tools)
    {
        Tools = tools;
        Derived = new SnapshotDerived(this);
        TaskWords = new TaskWords(model.Pro.Pivots.Overlap);
        Version = version;
        BuiltAt = builtAt;
        Model = model;
        Population = population;
        Categories = categories;
        Occupations = occupations.OrderBy(o => o.Title, StringComparer.OrdinalIgnoreCase).ToList();
        _byCode = occupations.ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
        _bySlug = occupations.ToDictionary(o => o.Slug, StringComparer.OrdinalIgnoreCase);
        // A category's seniority curve is the aggregate of its occupations' own curves.
        _validation = new Lazy<ValidationReport>(BuildValidation);
        _curves = categories.ToDictionary(c => c.Code, c => SeniorityCurve.Aggregate(
            occupations.Where(o => o.Occupation.CategoryCode == c.Code).Select(o => o.Score.Seniority).OfType<SeniorityProfile>()));
    }

    public string Version { get; }
    /// <summary>What pages compute from this snapshot and keep until the next dataset swap.</summary>
    public SnapshotDerived Derived { get; }
    /// <summary>Each task statement's content words, reduced once for every comparison of shared work.</summary>
    public TaskWords TaskWords { get; }
    public string ShortVersion => Version.Length > 12 ? Version[..12] : Version;
    public string BuiltAt { get; }
    public ScoringModel Model { get; }
    public ScoringPopulation Population { get; }
    /// <summary>The editorial AI tool catalogue of this dataset version.</summary>
    public ToolCatalogue Tools { get; }
    public IReadOnlyList<CategoryRow> Categories { get; }
    /// <summary>All occupations, A–Z by title.</summary>
    public IReadOnlyList<OccupationEntry> Occupations { get; }

    public OccupationEntry? ByCode(string code) => _byCode.GetValueOrDefault(code);
    public OccupationEntry? BySlug(string slug) => _bySlug.GetValueOrDefault(slug);
    public CategoryRow? CategoryBySlug(string slug) =>
        Categories.FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.OrdinalIgnoreCase));
    /// <summary>
    /// Related occupations of the same category, most shared work first (computed on first request and kept with this
    /// snapshot: comparing task statements across a whole category takes milliseconds, too long for every start-up).
    /// </summary>
    public IReadOnlyList<RelatedEntry> RelatedTo(OccupationEntry entry) => _related.GetOrAdd(entry.Code,
        _ => new Lazy<IReadOnlyList<RelatedEntry>>(() => RelatedOccupations
            .Closest(entry.Score, InCategory(entry.Occupation.CategoryCode)
                .Select(o => (o.Score, (IReadOnlyList<string>)o.Score.TaskSignal.Tasks.Select(t => t.Task.Text).ToList())), Model, TaskWords)
            .Select(r => new RelatedEntry(_byCode[r.Score.Code], r.Overlap))
            .ToList())).Value;

    /// <summary>The score checked against published research (computed on first request: it re-scores every occupation).</summary>
    public ValidationReport Validation => _validation.Value;

    private ValidationReport BuildValidation()
    {
        var seniority = new SeniorityModel(Model.Seniority); // shared: each task statement is classified once, not once per variant
        var without = Model.Signals
            .Where(s => s.Kind != SignalKind.Tasks)
            .Select(s => (s.Kind, Scorer: new OccupationScorer(Model with { Signals = Model.Signals.Where(x => x.Kind != s.Kind).ToList() }, Population, seniority)))
            .ToList();
        return ValidationReport.From(Occupations.Select(o => new ValidationInput(o.Code, o.Title, o.Score,
            o.PaperBetas?.Gpt4Beta, o.PaperBetas?.HumanBeta, o.Input.LmAioe,
            without.ToDictionary(w => w.Kind, w => w.Scorer.Score(o.Input)))).ToList(), Model);
    }

    /// <summary>The category's seniority curve (mean of its rated occupations' multipliers); null when none is rated.</summary>
    public SeniorityCurve? CurveOf(string categoryCode) => _curves.GetValueOrDefault(categoryCode);

    /// <summary>A category's occupations, highest score first, not-rated last.</summary>
    public IReadOnlyList<OccupationEntry> InCategory(string categoryCode) => Occupations
        .Where(o => o.Occupation.CategoryCode == categoryCode)
        .OrderByDescending(o => o.Score.Overall ?? -1)
        .ThenBy(o => o.Title, StringComparer.OrdinalIgnoreCase)
        .ToList();

    public IEnumerable<OccupationEntry> Rated => Occupations.Where(o => o.Score.IsRated);
}

/// <summary>A related occupation and the share of this occupation's work it also does.</summary>
public sealed record RelatedEntry(OccupationEntry Entry, TaskOverlap Overlap);
