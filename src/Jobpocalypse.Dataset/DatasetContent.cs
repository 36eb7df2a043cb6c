using Jobpocalypse.Scoring;

namespace Jobpocalypse.Dataset;

/// <summary>Every table's rows, read from the inputs, validated and joined; nothing is written yet.</summary>
internal sealed record DatasetContent(
    IReadOnlyList<CategoryRow> Categories,
    IReadOnlyList<OccupationRow> Occupations,
    IReadOnlyList<TaskRow> Tasks,
    IReadOnlyList<ProjectionRow> BlsProjections,
    IReadOnlyList<OohProfileRow> OohProfiles,
    IReadOnlyList<AioeRow> Aioe,
    IReadOnlyList<OccupationSoc2010Row> OccupationSoc2010,
    IReadOnlyList<RelatedRow> RelatedOccupations,
    IReadOnlyList<OohTextRow> OohTexts,
    EditorialContent Editorial,
    IReadOnlyList<ToolCategoryRow> ToolCategories,
    IReadOnlyList<ToolPatternRow> ToolPatterns,
    IReadOnlyList<SearchTitleRow> SearchTitles,
    IReadOnlyList<SearchSynonymRow> SearchSynonyms,
    IReadOnlyList<string> SearchVocabulary,
    ObservedUseContent ObservedUse,
    IReadOnlyList<PaperBetaRow> PaperBetas)
{
    /// <summary>Rows per table, by table name, in schema order.</summary>
    public IReadOnlyDictionary<string, int> RowCounts => new Dictionary<string, int>
    {
        ["categories"] = Categories.Count,
        ["occupations"] = Occupations.Count,
        ["tasks"] = Tasks.Count,
        ["bls_projections"] = BlsProjections.Count,
        ["ooh_profiles"] = OohProfiles.Count,
        ["aioe"] = Aioe.Count,
        ["occupation_soc2010"] = OccupationSoc2010.Count,
        ["related_occupations"] = RelatedOccupations.Count,
        ["ooh_what_they_do"] = OohTexts.Count,
        ["editorial_analyses"] = Editorial.Analyses.Count,
        ["editorial_tasks"] = Editorial.Tasks.Count,
        ["editorial_task_sources"] = Editorial.Sources.Count,
        ["editorial_not_grouped"] = Editorial.NotGrouped.Count,
        ["tool_categories"] = ToolCategories.Count,
        ["tool_patterns"] = ToolPatterns.Count,
        ["search_titles"] = SearchTitles.Count,
        ["search_synonyms"] = SearchSynonyms.Count,
        ["search_vocabulary"] = SearchVocabulary.Count,
        ["observed_use"] = ObservedUse.Scores.Count,
        ["work_activities"] = ObservedUse.Activities.Count,
        ["soc_work_activities"] = ObservedUse.Links.Count,
        ["paper_betas"] = PaperBetas.Count,
    };

    public static DatasetContent Assemble(DatasetInputs inputs, CancellationToken cancellationToken)
    {
        // Occupations: every O*NET occupation with at least one task statement.
        var onetOccupations = OnetSource.ReadOccupations(inputs);
        var onetCodes = onetOccupations.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var onetTasks = OnetSource.ReadTasks(inputs, onetCodes);
        var withTasks = onetTasks.Select(t => t.OccupationCode).ToHashSet(StringComparer.Ordinal);
        var majorGroups = SocSource.ReadMajorGroups(inputs);
        var majorGroupsByCode = majorGroups.ToDictionary(g => g.Code, StringComparer.Ordinal);
        cancellationToken.ThrowIfCancellationRequested();

        var occupations = new List<OccupationRow>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in onetOccupations.Where(o => withTasks.Contains(o.Code)))
        {
            var category = o.Code[..2];
            if (!majorGroupsByCode.ContainsKey(category))
                throw new DatasetBuildException(DatasetInputs.OccupationData, o.Line, $"occupation '{o.Code}': major group '{category}-0000' is not in {DatasetInputs.SocStructure}");
            var slug = Slug.ForOccupation(o.Code, o.Title);
            if (!slugs.Add(slug))
                throw new DatasetBuildException(DatasetInputs.OccupationData, o.Line, $"occupation '{o.Code}': slug '{slug}' is not unique");
            occupations.Add(new OccupationRow
            {
                Code = o.Code, SocCode = o.Code[..7], Title = o.Title, Description = o.Description, Slug = slug, CategoryCode = category,
            });
        }
        var included = occupations.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        // Categories: the major groups that have occupations (SOC 55, Military, has no O*NET tasks).
        var usedCategories = occupations.Select(o => o.CategoryCode).ToHashSet(StringComparer.Ordinal);
        var categories = majorGroups.Where(g => usedCategories.Contains(g.Code)).ToList();

        // Tasks with the paper's labels; a task the paper did not label keeps NULLs (never imputed).
        var labels = EloundouSource.ReadLabels(inputs);
        var tasks = onetTasks.Select(t =>
        {
            var label = labels.GetValueOrDefault((t.OccupationCode, t.TaskId));
            return new TaskRow
            {
                OccupationCode = t.OccupationCode, TaskId = t.TaskId, Text = t.Text, TaskType = t.TaskType,
                HumanExposure = label?.HumanExposure, Gpt4Exposure = label?.Gpt4Exposure, Gpt4Automation = label?.Gpt4Automation,
            };
        }).ToList();
        cancellationToken.ThrowIfCancellationRequested();

        var bls = BlsSource.ReadProjections(inputs, BlsProjectionRelease.Release2024);
        bls.AddRange(BlsSource.ReadProjections(inputs, BlsProjectionRelease.Release2022));
        var ooh = OohSource.Read(inputs, occupations);
        var aioe = AioeSource.Read(inputs);
        var soc2010 = SocSource.ReadSoc2010Crosswalk(inputs, included);
        cancellationToken.ThrowIfCancellationRequested();

        var related = OnetSource.ReadRelated(inputs, onetCodes, included);
        var alternateTitles = OnetSource.ReadAlternateTitles(inputs, onetCodes, included);
        var oohTexts = OohTextSource.Read(inputs);
        var editorial = EditorialSource.Read(inputs, included, tasks, OohTextSource.ByOccupation(ooh, oohTexts), ScoringModel.Default);
        var (toolCategories, toolPatterns) = ToolSource.Read(inputs);
        var synonyms = SynonymSource.Read(inputs, included);
        var searchTitles = SearchIndex.Titles(occupations, alternateTitles, synonyms);
        var vocabulary = SearchIndex.Vocabulary(searchTitles);

        var (useScores, activities, links) = ObservedUseSource.Read(inputs);
        var betas = EloundouSource.ReadOccupationBetas(inputs, included);

        return new DatasetContent(categories, occupations, tasks, bls, ooh.Rows, aioe, soc2010, related,
            oohTexts, editorial, toolCategories, toolPatterns, searchTitles, synonyms, vocabulary,
            new ObservedUseContent(useScores, activities, links), betas);
    }
}

/// <summary>The observed-use tables (Tomlinson et al. 2025).</summary>
internal sealed record ObservedUseContent(
    IReadOnlyList<ObservedUseRow> Scores, IReadOnlyList<WorkActivityRow> Activities, IReadOnlyList<SocWorkActivityRow> Links);
