using System.Text.Unicode;

namespace Jobpocalypse.Dataset;

/// <summary>
/// The input files of a build, read into memory once: the version is hashed from, and the tables are parsed from,
/// the very same bytes. Paths are relative to the data folder, with '/' separators.
/// </summary>
internal sealed class DatasetInputs
{
    public const string OccupationData = "onet-29.3/occupation_data.tsv";
    public const string TaskStatements = "onet-29.3/task_statements.tsv";
    public const string RelatedOccupations = "onet-29.3/related_occupations.tsv";
    public const string AlternateTitles = "onet-29.3/alternate_titles.tsv";
    public const string EloundouLabels = "eloundou-2023/full_labelset.tsv";
    public const string BlsProjections2024 = "bls/employment_projections_2024_34_table_1_2.csv";
    public const string BlsProjections2022 = "bls/employment_projections_2022_32_table_1_7.csv";
    public const string OohCrosswalk = "bls/onet_nem_ooh_crosswalk_2023-09-06.csv";
    public const string OohProfiles = "bls/ooh_profiles_2024_34.csv";
    public const string OohWhatTheyDo = "bls/ooh_what_they_do_2024_34.tsv";
    public const string SocStructure = "soc/onet_soc_2019_structure.csv";
    public const string Soc2010Crosswalk = "soc/onet_soc_2010_to_2019_crosswalk.csv";
    public const string Aioe = "aioe/aioe_by_soc2010.csv";
    public const string LanguageModelingAioe = "aioe/language_modeling_aioe_by_soc2010.csv";
    public const string ToolCatalogue = "editorial/tools/ai-tools.json";
    public const string EloundouOccupations = "eloundou-2023/occ_level.csv";
    public const string ObservedUseScores = "microsoft-working-with-ai/soc_ai_applicability_scores.csv";
    public const string WorkActivityMetrics = "microsoft-working-with-ai/iwa_metrics.csv";
    public const string SocWorkActivities = "microsoft-working-with-ai/soc_to_iwas.csv";
    public const string SearchSynonyms = "search/synonyms.json";

    /// <summary>Editorial analyses: every <c>*.json</c> directly in this folder (optional; absent means none).</summary>
    public const string EditorialFolder = "editorial";

    public static readonly IReadOnlyList<string> SourceFiles =
    [
        OccupationData, TaskStatements, RelatedOccupations, AlternateTitles,
        EloundouLabels,
        BlsProjections2024, BlsProjections2022, OohCrosswalk, OohProfiles, OohWhatTheyDo,
        SocStructure, Soc2010Crosswalk, Aioe, LanguageModelingAioe, ToolCatalogue,
        EloundouOccupations, ObservedUseScores, WorkActivityMetrics, SocWorkActivities,
        SearchSynonyms,
    ];

    private readonly Dictionary<string, byte[]> _files;

    private DatasetInputs(string dataDirectory, Dictionary<string, byte[]> files, IReadOnlyList<string> editorialFiles)
    {
        DataDirectory = dataDirectory;
        _files = files;
        EditorialFiles = editorialFiles;
    }

    public string DataDirectory { get; }

    /// <summary>Relative paths of the editorial files, in ordinal order.</summary>
    public IReadOnlyList<string> EditorialFiles { get; }

    /// <summary>Every input file, in ordinal order of relative path (the order the version hashes them in).</summary>
    public IEnumerable<KeyValuePair<string, byte[]>> All => _files.OrderBy(f => f.Key, StringComparer.Ordinal);

    public byte[] this[string relativePath] => _files[relativePath];

    public static DatasetInputs Load(string dataDirectory, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(dataDirectory);
        if (!Directory.Exists(root))
            throw new DatasetBuildException(null, null, $"data folder '{root}' does not exist");

        var editorialDir = Path.Combine(root, EditorialFolder);
        var editorial = Directory.Exists(editorialDir)
            ? Directory.GetFiles(editorialDir, "*.json", SearchOption.TopDirectoryOnly)
                .Select(f => $"{EditorialFolder}/{Path.GetFileName(f)}")
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var relative in SourceFiles.Concat(editorial))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(root, relative);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                throw new DatasetBuildException(relative, null, "input file is missing", e);
            }
            catch (IOException e)
            {
                throw new DatasetBuildException(relative, null, $"input file cannot be read: {e.Message}", e);
            }
            CheckUtf8(relative, bytes);
            files.Add(relative, bytes);
        }
        return new DatasetInputs(root, files, editorial);
    }

    private static void CheckUtf8(string relative, byte[] bytes)
    {
        if (Utf8.IsValid(bytes))
            return;
        // Find the first invalid sequence to name its line.
        var span = bytes.AsSpan();
        var valid = 0;
        while (valid < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span[valid..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
                break;
            valid += consumed;
        }
        var line = span[..valid].Count((byte)'\n') + 1;
        throw new DatasetBuildException(relative, line, "the file is not valid UTF-8");
    }
}
