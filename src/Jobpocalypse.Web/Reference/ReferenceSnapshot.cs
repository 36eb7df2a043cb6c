using Jobpocalypse.Scoring;
using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Web.Reference;

/// <summary>
/// An immutable, fully scored view of one reference database version. Pages read it without touching the
/// database; a dataset rebuild replaces the whole snapshot at once.
/// </summary>
public sealed class ReferenceSnapshot
{
    private readonly Dictionary<string, OccupationEntry> _byCode;
    private readonly Dictionary<string, OccupationEntry> _bySlug;
    private readonly Dictionary<string, IReadOnlyList<OccupationEntry>> _neighbours;

    public ReferenceSnapshot(string version, string builtAt, ScoringModel model, ScoringPopulation population,
        IReadOnlyList<CategoryRow> categories,
        IReadOnlyList<OccupationEntry> occupations, ToolCatalogue tools)
    {
        Tools = tools;
        Version = version;
        BuiltAt = builtAt;
        Model = model;
        Population = population;
        Categories = categories;
        Occupations = occupations.OrderBy(o => o.Title, StringComparer.OrdinalIgnoreCase).ToList();
        _byCode = occupations.ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
        _bySlug = occupations.ToDictionary(o => o.Slug, StringComparer.OrdinalIgnoreCase);
        var scores = occupations.Select(o => o.Score).ToList();
        _neighbours = occupations.ToDictionary(o => o.Code,
            o => (IReadOnlyList<OccupationEntry>)Neighbours.Closest(o.Score, scores, model.RelatedCount)
                .Select(s => _byCode[s.Code]).ToList());
    }

    public string Version { get; }
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
    public IReadOnlyList<OccupationEntry> NeighboursOf(OccupationEntry entry) => _neighbours[entry.Code];

    /// <summary>A category's occupations, highest score first, not-rated last.</summary>
    public IReadOnlyList<OccupationEntry> InCategory(string categoryCode) => Occupations
        .Where(o => o.Occupation.CategoryCode == categoryCode)
        .OrderByDescending(o => o.Score.Overall ?? -1)
        .ThenBy(o => o.Title, StringComparer.OrdinalIgnoreCase)
        .ToList();

    public IEnumerable<OccupationEntry> Rated => Occupations.Where(o => o.Score.IsRated);
}
