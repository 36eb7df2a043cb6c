using Dapper;
using Jobpocalypse.Web.Reference;
using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Web.Search;

/// <summary>A title an exact key leads to: the occupation and the row's kind and text.</summary>
public sealed record CatalogTitle(string OccupationCode, string Kind, string Title);

/// <summary>A curated synonym's occupation, best first by position, with the reason the synonyms file gives.</summary>
public sealed record CatalogSynonym(string OccupationCode, long Position, string Term, string Why);

/// <summary>
/// What search knows about one dataset version: the vocabulary for typo correction,
/// every title by its exact key and by its words, the curated synonyms, each occupation's size, and spelling similarity
/// for empty results. Loaded from the reference database once per version (search_titles, search_synonyms, bls_projections).
/// </summary>
public sealed class SearchCatalog
{
    private readonly Dictionary<string, List<CatalogTitle>> _exact;
    private readonly Dictionary<string, List<CatalogSynonym>> _synonyms;
    private readonly Dictionary<string, double> _employment;
    private readonly Dictionary<string, HashSet<string>> _titleWords;
    private readonly Dictionary<string, List<string>> _heads;

    public SearchCatalog(string version, IEnumerable<string> vocabulary, IReadOnlyList<CatalogTitle> titles,
        IEnumerable<CatalogSynonym> synonyms, Dictionary<string, double> employment)
    {
        Vocabulary = new SearchVocabulary(version, vocabulary);
        _exact = titles.Where(t => t.Kind != SearchIndex.SynonymKind)
            .GroupBy(t => SearchKey.Of(t.Title)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _synonyms = synonyms.GroupBy(s => SearchKey.Of(s.Term))
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Position).ToList(), StringComparer.Ordinal);
        _employment = employment;
        _heads = titles.Where(t => t.Kind == SearchIndex.TitleKind)
            .SelectMany(t => HeadPhrases(t.Title).Select(h => (Key: SearchKey.Of(h), t.OccupationCode)))
            .Where(h => h.Key.Length > 0)
            .GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.Select(h => h.OccupationCode).Distinct().ToList(), StringComparer.Ordinal);
        _titleWords = titles.Where(t => t.Kind == SearchIndex.TitleKind).GroupBy(t => t.OccupationCode)
            .ToDictionary(g => g.Key, g => g.SelectMany(t => SearchKey.Of(t.Title).Split(' ')).ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal);
        Similarity = new TitleSimilarity(titles.Select(t => (t.OccupationCode, t.Title)));
        Titles = new TitleIndex(titles);
    }

    public string Version => Vocabulary.Version;
    public SearchVocabulary Vocabulary { get; }
    public TitleSimilarity Similarity { get; }
    public TitleIndex Titles { get; }
    public int SynonymTermCount => _synonyms.Count;

    /// <summary>Titles and alternate titles whose key is exactly <paramref name="key"/>.</summary>
    public IReadOnlyList<CatalogTitle> ExactTitles(string key) => _exact.TryGetValue(key, out var t) ? t : [];

    /// <summary>The synonym entry whose term has exactly this key, best occupation first; empty when there is none.</summary>
    public IReadOnlyList<CatalogSynonym> Synonyms(string key) => _synonyms.TryGetValue(key, out var s) ? s : [];

    /// <summary>
    /// Occupations one of whose title's head phrases has exactly this key: the names before the first comma, split at
    /// "and" ("Substitute Teachers, Short-Term" → "substitute teacher"; "Stockers and Order Fillers" → "stocker", "order filler").
    /// </summary>
    public IReadOnlyList<string> HeadMatches(string key) => _heads.TryGetValue(key, out var codes) ? codes : [];

    public static IEnumerable<string> HeadPhrases(string title) =>
        title.Split(',')[0].Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>How many words of an exact key the occupation's own title also has ("Stockers and Order Fillers" has "stocker").</summary>
    public int TitleOverlap(string code, string key) =>
        _titleWords.TryGetValue(code, out var words) ? key.Split(' ').Count(words.Contains) : 0;

    /// <summary>BLS 2024 employment in thousands as <see cref="SearchPriors"/> assigns it; 0 when unknown.</summary>
    public double Employment(string code) => _employment.GetValueOrDefault(code);

    /// <summary>
    /// The catalogue of a snapshot, read from its database on first use and kept with the snapshot
    /// (<see cref="SnapshotDerived"/>), so a dataset swap drops it with everything else derived from the old version.
    /// </summary>
    public static SearchCatalog Of(ReferenceSnapshot snapshot, string databasePath) =>
        snapshot.Derived.Get(s => Load(databasePath, s.Version));

    /// <summary>Reads the catalogue; the database must hold <paramref name="version"/>, or a swap happened in between.</summary>
    public static SearchCatalog Load(string databasePath, string version)
    {
        using var db = new SqliteConnection(ReferenceDatabase.ReadOnlyConnectionString(databasePath));
        db.Open();
        var serving = db.ExecuteScalar<string>("""
            SELECT value AS Value FROM dataset_info WHERE key = 'version'
            """);
        // Thrown, not kept: the next search retries against the snapshot then current.
        if (serving != version) throw new InvalidOperationException($"The reference database holds version {serving}, not {version}.");
        var words = db.Query<string>("""
            SELECT word AS Word FROM search_vocabulary
            """);
        var titles = db.Query<CatalogTitle>("""
            SELECT occupation_code AS OccupationCode, kind AS Kind, title AS Title FROM search_titles
            """).ToList();
        var synonyms = db.Query<CatalogSynonym>("""
            SELECT occupation_code AS OccupationCode, position AS Position, term AS Term, why AS Why FROM search_synonyms
            """);
        var occupations = db.Query<(string Code, string SocCode)>("""
            SELECT code AS Code, soc_code AS SocCode FROM occupations
            """).ToList();
        var bls = db.Query<(string SocCode, double Employment)>("""
            SELECT soc_code AS SocCode, employment_start AS Employment
            FROM bls_projections
            WHERE release = @Release AND employment_start IS NOT NULL
            """, new { Release = DatasetBuilder.BlsRelease }).ToDictionary(b => b.SocCode, b => b.Employment, StringComparer.Ordinal);
        return new SearchCatalog(version, words, titles, synonyms, SearchPriors.Employment(occupations, bls));
    }
}
