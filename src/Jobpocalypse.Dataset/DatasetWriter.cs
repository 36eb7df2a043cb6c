using Dapper;
using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Dataset;

/// <summary>Writes a fresh reference database: the numbered schema files, then every table, in one transaction.</summary>
internal static class DatasetWriter
{
    public static void Write(SqliteConnection connection, DatasetContent content, IReadOnlyList<KeyValuePair<string, string>> info,
        CancellationToken cancellationToken)
    {
        // A throw-away file until it is renamed over the target: no rollback journal, no fsync per commit.
        connection.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY;");

        using var tx = connection.BeginTransaction();
        foreach (var (_, sql) in DatasetSchema.Files)
            connection.Execute(sql, transaction: tx);

        void Insert<T>(string sql, IEnumerable<T> rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Dapper runs the one command once per row: SQLite prepares the statement once and rebinds it.
            connection.Execute(sql, rows, tx);
        }

        Insert("""
            INSERT INTO categories (code, soc_code, title, slug) VALUES (@Code, @SocCode, @Title, @Slug)
            """, content.Categories);
        Insert("""
            INSERT INTO occupations (code, soc_code, title, description, slug, category_code)
            VALUES (@Code, @SocCode, @Title, @Description, @Slug, @CategoryCode)
            """, content.Occupations);
        Insert("""
            INSERT INTO tasks (occupation_code, task_id, text, task_type, human_exposure, gpt4_exposure, gpt4_automation)
            VALUES (@OccupationCode, @TaskId, @Text, @TaskType, @HumanExposure, @Gpt4Exposure, @Gpt4Automation)
            """, content.Tasks);
        Insert("""
            INSERT INTO bls_projections (release, soc_code, title, employment_start, employment_end, change_pct, openings,
                                         median_wage, entry_education, work_experience, training)
            VALUES (@Release, @SocCode, @Title, @EmploymentStart, @EmploymentEnd, @ChangePct, @Openings,
                    @MedianWage, @EntryEducation, @WorkExperience, @Training)
            """, content.BlsProjections);
        Insert("""
            INSERT INTO ooh_profiles (occupation_code, title, url, group_name, outlook_pct, outlook_wording)
            VALUES (@OccupationCode, @Title, @Url, @GroupName, @OutlookPct, @OutlookWording)
            """, content.OohProfiles);
        Insert("""
            INSERT INTO observed_use (soc_code, applicability) VALUES (@SocCode, @Applicability)
            """, content.ObservedUse.Scores);
        Insert("""
            INSERT INTO work_activities (iwa_id, title, share_of_use, completion) VALUES (@IwaId, @Title, @ShareOfUse, @Completion)
            """, content.ObservedUse.Activities);
        Insert("""
            INSERT INTO soc_work_activities (soc_code, iwa_id) VALUES (@SocCode, @IwaId)
            """, content.ObservedUse.Links);
        Insert("""
            INSERT INTO paper_betas (occupation_code, gpt4_beta, human_beta) VALUES (@OccupationCode, @Gpt4Beta, @HumanBeta)
            """, content.PaperBetas);
        Insert("""
            INSERT INTO aioe (soc2010_code, lm_aioe) VALUES (@Soc2010Code, @LmAioe)
            """, content.Aioe);
        Insert("""
            INSERT INTO occupation_soc2010 (occupation_code, soc2010_code) VALUES (@OccupationCode, @Soc2010Code)
            """, content.OccupationSoc2010);
        Insert("""
            INSERT INTO related_occupations (occupation_code, related_code, tier, rank)
            VALUES (@OccupationCode, @RelatedCode, @Tier, @Rank)
            """, content.RelatedOccupations);
        Insert("""
            INSERT INTO ooh_what_they_do (profile_url, profile_title) VALUES (@Url, @Title)
            """, content.OohTexts);
        Insert("""
            INSERT INTO editorial_analyses (occupation_code, reviewed, evidence_profile_url)
            VALUES (@OccupationCode, @Reviewed, @EvidenceProfileUrl)
            """, content.Editorial.Analyses);
        Insert("""
            INSERT INTO editorial_tasks (occupation_code, position, title, stance, rationale, bls_evidence)
            VALUES (@OccupationCode, @Position, @Title, @Stance, @Rationale, @BlsEvidence)
            """, content.Editorial.Tasks);
        Insert("""
            INSERT INTO editorial_task_sources (occupation_code, position, task_id) VALUES (@OccupationCode, @Position, @TaskId)
            """, content.Editorial.Sources);
        Insert("""
            INSERT INTO editorial_not_grouped (occupation_code, task_id, reason) VALUES (@OccupationCode, @TaskId, @Reason)
            """, content.Editorial.NotGrouped);
        Insert("""
            INSERT INTO tool_categories (id, position, name, why, checks) VALUES (@Id, @Position, @Name, @Why, @Checks)
            """, content.ToolCategories);
        Insert("""
            INSERT INTO tool_patterns (category_id, position, pattern) VALUES (@CategoryId, @Position, @Pattern)
            """, content.ToolPatterns);
        Insert("""
            INSERT INTO search_titles (occupation_code, kind, title) VALUES (@OccupationCode, @Kind, @Title)
            """, content.SearchTitles);
        Insert("""
            INSERT INTO search_synonyms (term, position, occupation_code, why) VALUES (@Term, @Position, @OccupationCode, @Why)
            """, content.SearchSynonyms);
        Insert("""
            INSERT INTO search_vocabulary (word) VALUES (@Word)
            """, content.SearchVocabulary.Select(word => new { Word = word }));
        Insert("""
            INSERT INTO dataset_info (key, value) VALUES (@Key, @Value)
            """, info.Select(kv => new { kv.Key, kv.Value }));

        // Merge the full-text index into one b-tree: smaller and faster to query.
        connection.Execute("INSERT INTO search_titles (search_titles) VALUES ('optimize')", transaction: tx);
        CheckForeignKeys(connection, tx);
        tx.Commit();

        // Statistics for the query planner (sqlite_stat1); cheap at this size.
        connection.Execute("ANALYZE", commandType: System.Data.CommandType.Text); // one word: Dapper would take it for a procedure
    }

    /// <summary>The builder validates every reference itself; this is the database's own second opinion.</summary>
    private static void CheckForeignKeys(SqliteConnection connection, SqliteTransaction tx)
    {
        var violations = connection.Query<(string Table, long? RowId, string Parent, long ForeignKey)>(
            "PRAGMA foreign_key_check", transaction: tx).ToList();
        if (violations.Count > 0)
        {
            var summary = string.Join("; ", violations
                .GroupBy(v => (v.Table, v.Parent))
                .Select(g => $"{g.Count()} row(s) of {g.Key.Table} reference missing {g.Key.Parent} rows"));
            throw new DatasetBuildException(null, null, $"the inputs are inconsistent: {summary}");
        }
    }
}
