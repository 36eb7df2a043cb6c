using Dapper;
using Jobpocalypse.Scoring;
using Jobpocalypse.Scoring.Pro;
using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Web.Reference;

/// <summary>Reads a reference database once and scores every occupation with the scoring library.</summary>
public static class ReferenceLoader
{
    /// <summary>How many of an occupation's work activities with the most observed AI use the report lists.</summary>
    public const int ObservedUseActivityCount = 5;

    /// <summary>The database scored on the site's model (<see cref="ScoringModel.Default"/>).</summary>
    public static Task<ReferenceSnapshot> LoadAsync(string databasePath, CancellationToken ct) => LoadAsync(databasePath, ScoringModel.Default, ct);

    public static async Task<ReferenceSnapshot> LoadAsync(string databasePath, ScoringModel model, CancellationToken ct)
    {
        await using var db = new SqliteConnection(ReferenceDatabase.ReadOnlyConnectionString(databasePath));
        await db.OpenAsync(ct);

        var info = (await db.QueryAsync<(string Key, string Value)>(new CommandDefinition(
            "SELECT key AS Key, value AS Value FROM dataset_info", cancellationToken: ct)))
            .ToDictionary(r => r.Key, r => r.Value);

        var categories = (await db.QueryAsync<CategoryRow>(new CommandDefinition("""
            SELECT code AS Code, soc_code AS SocCode, title AS Title, slug AS Slug
            FROM categories ORDER BY code
            """, cancellationToken: ct))).ToList();

        var occupations = (await db.QueryAsync<OccupationRow>(new CommandDefinition("""
            SELECT code AS Code, soc_code AS SocCode, title AS Title, description AS Description, slug AS Slug,
                   category_code AS CategoryCode
            FROM occupations ORDER BY code
            """, cancellationToken: ct))).ToList();

        var tasks = (await db.QueryAsync<TaskRow>(new CommandDefinition("""
            SELECT occupation_code AS OccupationCode, task_id AS TaskId, text AS Text, task_type AS TaskType,
                   human_exposure AS HumanExposure, gpt4_exposure AS Gpt4Exposure, gpt4_automation AS Gpt4Automation
            FROM tasks ORDER BY occupation_code, task_id
            """, cancellationToken: ct))).ToLookup(t => t.OccupationCode);

        var projections = (await db.QueryAsync<ProjectionRow>(new CommandDefinition("""
            SELECT release AS Release, soc_code AS SocCode, title AS Title, employment_start AS EmploymentStart,
                   employment_end AS EmploymentEnd, change_pct AS ChangePct, openings AS Openings,
                   median_wage AS MedianWage, entry_education AS EntryEducation,
                   work_experience AS WorkExperience, training AS Training
            FROM bls_projections
            """, cancellationToken: ct))).ToDictionary(p => (p.Release, p.SocCode));

        var ooh = (await db.QueryAsync<OohProfileRow>(new CommandDefinition("""
            SELECT occupation_code AS OccupationCode, title AS Title, url AS Url, group_name AS GroupName,
                   outlook_pct AS OutlookPct, outlook_wording AS OutlookWording
            FROM ooh_profiles
            """, cancellationToken: ct))).ToDictionary(p => p.OccupationCode);

        // An O*NET 2019 occupation may come from several SOC 2010 codes: its prior is their mean LM-AIOE.
        var lmAioe = (await db.QueryAsync<(string Code, double LmAioe)>(new CommandDefinition("""
            SELECT os.occupation_code AS Code, avg(a.lm_aioe) AS LmAioe
            FROM occupation_soc2010 os JOIN aioe a ON a.soc2010_code = os.soc2010_code
            GROUP BY os.occupation_code
            """, cancellationToken: ct))).ToDictionary(r => r.Code, r => r.LmAioe);
        var lmAioePopulation = await db.QueryAsync<double>(new CommandDefinition(
            "SELECT lm_aioe FROM aioe", cancellationToken: ct));

        var observedUse = (await db.QueryAsync<(string SocCode, double Applicability)>(new CommandDefinition("""
            SELECT soc_code AS SocCode, applicability AS Applicability FROM observed_use
            """, cancellationToken: ct))).ToDictionary(r => r.SocCode, r => r.Applicability);
        // The occupation's work activities where people already use AI most (largest share of conversations first).
        var activityById = (await db.QueryAsync<WorkActivityRow>(new CommandDefinition("""
            SELECT iwa_id AS IwaId, title AS Title, share_of_use AS ShareOfUse, completion AS Completion FROM work_activities
            """, cancellationToken: ct))).ToDictionary(a => a.IwaId, StringComparer.Ordinal);
        var activities = (await db.QueryAsync<SocWorkActivityRow>(new CommandDefinition("""
            SELECT soc_code AS SocCode, iwa_id AS IwaId FROM soc_work_activities
            """, cancellationToken: ct)))
            .Select(l => (l.SocCode, Activity: activityById[l.IwaId]))
            .OrderBy(l => l.SocCode, StringComparer.Ordinal).ThenByDescending(l => l.Activity.ShareOfUse)
            .ThenBy(l => l.Activity.IwaId, StringComparer.Ordinal)
            .ToLookup(l => l.SocCode, l => l.Activity);
        var betas = (await db.QueryAsync<PaperBetaRow>(new CommandDefinition("""
            SELECT occupation_code AS OccupationCode, gpt4_beta AS Gpt4Beta, human_beta AS HumanBeta FROM paper_betas
            """, cancellationToken: ct))).ToDictionary(b => b.OccupationCode);

        var related = (await db.QueryAsync<RelatedRow>(new CommandDefinition("""
            SELECT r.occupation_code AS OccupationCode, r.related_code AS RelatedCode, r.tier AS Tier, r.rank AS Rank
            FROM related_occupations r JOIN occupations o ON o.code = r.related_code
            ORDER BY r.occupation_code, r.rank
            """, cancellationToken: ct))).ToLookup(r => r.OccupationCode);

        var editorial = await EditorialData.LoadAsync(db, ct);

        var toolPatterns = (await db.QueryAsync<(string CategoryId, string Pattern)>(new CommandDefinition("""
            SELECT category_id AS CategoryId, pattern AS Pattern FROM tool_patterns ORDER BY category_id, position
            """, cancellationToken: ct))).ToLookup(p => p.CategoryId, p => p.Pattern);
        var tools = ToolCatalogue.Create((await db.QueryAsync<(string Id, string Name, string Why, string Checks)>(new CommandDefinition("""
            SELECT id AS Id, name AS Name, why AS Why, checks AS Checks FROM tool_categories ORDER BY position
            """, cancellationToken: ct)))
            .Select(c => new ToolCategory(c.Id, c.Name, c.Why, c.Checks, toolPatterns[c.Id].ToList())));

        var inputs = occupations.ToDictionary(o => o.Code, o =>
        {
            var now = projections.GetValueOrDefault((DatasetBuilder.BlsRelease, o.SocCode));
            var before = projections.GetValueOrDefault((DatasetBuilder.PreviousBlsRelease, o.SocCode));
            return new OccupationInput(
                o.Code, o.CategoryCode,
                tasks[o.Code].Select(t => new TaskInput(t.TaskId, t.Text, LabelParser.Type(t.TaskType),
                    LabelParser.Exposure(t.Gpt4Exposure), LabelParser.Automation(t.Gpt4Automation),
                    LabelParser.Exposure(t.HumanExposure))).ToList(),
                lmAioe.TryGetValue(o.Code, out var prior) ? prior : null,
                now?.ChangePct, now?.EntryEducation, before?.EntryEducation, now?.MedianWage, before?.MedianWage,
                observedUse.TryGetValue(o.SocCode, out var applicability) ? applicability : null);
        });

        var population = ScoringPopulation.From(lmAioePopulation, inputs.Values);
        var scorer = new OccupationScorer(model, population);
        var categoryByCode = categories.ToDictionary(c => c.Code);
        var entries = occupations.Select(o =>
        {
            var score = scorer.Score(inputs[o.Code]);
            return new OccupationEntry
            {
                Occupation = o,
                Input = inputs[o.Code],
                Category = categoryByCode[o.CategoryCode],
                Score = score,
                Projection = projections.GetValueOrDefault((DatasetBuilder.BlsRelease, o.SocCode)),
                PreviousProjection = projections.GetValueOrDefault((DatasetBuilder.PreviousBlsRelease, o.SocCode)),
                Ooh = ooh.GetValueOrDefault(o.Code),
                Editorial = editorial.Duties(o.Code, score.TaskSignal),
                Analysis = editorial.Analysis(o.Code, score.TaskSignal),
                OnetRelated = related[o.Code].ToList(),
                WorkActivities = activities[o.SocCode].Take(ObservedUseActivityCount).ToList(),
                PaperBetas = betas.GetValueOrDefault(o.Code),
            };
        }).ToList();

        return new ReferenceSnapshot(info.GetValueOrDefault("version", "unknown"), info.GetValueOrDefault("built_at", ""),
            model, population, categories, entries, tools);
    }
}
