using Dapper;

namespace Jobpocalypse.Dataset.Tests;

/// <summary>What the reference database holds when built from the real data/.</summary>
public sealed class DatasetCoverageTests(BuiltDatasetFixture dataset) : IClassFixture<BuiltDatasetFixture>
{
    private const string MedicalRecords = "29-2072.00";

    private T Scalar<T>(string sql, object? param = null)
    {
        using var connection = DatasetTestData.Open(dataset.DatabasePath);
        return connection.ExecuteScalar<T>(sql, param)!;
    }

    [Fact]
    public void First_build_reports_built_with_row_counts()
    {
        Assert.Equal(DatasetBuildOutcome.Built, dataset.Result.Outcome);
        Assert.Equal(64, dataset.Result.Version.Length);
        Assert.Equal(dataset.Result.Version[..16], dataset.Result.ShortVersion);
        Assert.Equal(923, dataset.Result.RowCounts["occupations"]);
    }

    [Fact]
    public void Every_occupation_with_tasks_is_included()
    {
        var occupations = Scalar<long>("SELECT count(*) FROM occupations");
        Assert.True(occupations >= 900, $"{occupations} occupations");
        Assert.Equal(0, Scalar<long>("SELECT count(*) FROM occupations o WHERE NOT EXISTS (SELECT 1 FROM tasks t WHERE t.occupation_code = o.code)"));
        Assert.Equal(18_796, Scalar<long>("SELECT count(*) FROM tasks"));
    }

    [Fact]
    public void Most_occupations_join_a_2024_34_projection()
    {
        var joined = Scalar<long>("""
            SELECT count(*) FROM occupations o
            JOIN bls_projections b ON b.soc_code = o.soc_code AND b.release = '2024-34'
            """);
        Assert.True(joined >= 800, $"{joined} occupations joined");
        Assert.Equal(832, Scalar<long>("SELECT count(*) FROM bls_projections WHERE release = '2024-34'"));
        Assert.Equal(832, Scalar<long>("SELECT count(*) FROM bls_projections WHERE release = '2022-32'"));
    }

    [Fact]
    public void Labelled_tasks_match_the_paper_and_unlabelled_ones_stay_null()
    {
        Assert.Equal(18_751, Scalar<long>("SELECT count(*) FROM tasks WHERE gpt4_exposure IS NOT NULL"));
        Assert.Equal(18_751, Scalar<long>("SELECT count(*) FROM tasks WHERE human_exposure IS NOT NULL AND gpt4_automation IS NOT NULL"));
        Assert.Equal(45, Scalar<long>("SELECT count(*) FROM tasks WHERE human_exposure IS NULL AND gpt4_exposure IS NULL AND gpt4_automation IS NULL"));
    }

    [Fact]
    public void Medical_records_specialists_have_their_17_unrated_tasks()
    {
        using var connection = DatasetTestData.Open(dataset.DatabasePath);
        var ids = connection.Query<long>("SELECT task_id FROM tasks WHERE occupation_code = @code ORDER BY task_id", new { code = MedicalRecords }).ToList();
        Assert.Equal(Enumerable.Range(22877, 17).Select(i => (long)i), ids);
        Assert.Equal(17, connection.ExecuteScalar<long>("SELECT count(*) FROM tasks WHERE occupation_code = @code AND task_type IS NULL", new { code = MedicalRecords }));

        var occupation = connection.QuerySingle<(string Title, string Slug, string Category)>(
            "SELECT title, slug, category_code FROM occupations WHERE code = @code", new { code = MedicalRecords });
        Assert.Equal(("Medical Records Specialists", "29-2072-medical-records-specialists", "29"), occupation);
    }

    [Fact]
    public void Medical_records_specialists_have_the_2024_34_projection()
    {
        using var connection = DatasetTestData.Open(dataset.DatabasePath);
        var bls = connection.QuerySingle<(double Start, double End, double Change, double Openings, long? Wage, string Education)>("""
            SELECT employment_start, employment_end, change_pct, openings, median_wage, entry_education
            FROM bls_projections WHERE release = '2024-34' AND soc_code = '29-2072'
            """);
        Assert.Equal((194.8, 208.6, 7.1, 14.2, (long?)50250, "Postsecondary nondegree award"), bls);
    }

    [Fact]
    public void Medical_records_specialists_have_bls_outlook_wording()
    {
        using var connection = DatasetTestData.Open(dataset.DatabasePath);
        var ooh = connection.QuerySingle<(string Title, string Url, string Group, long Pct, string Wording)>(
            "SELECT title, url, group_name, outlook_pct, outlook_wording FROM ooh_profiles WHERE occupation_code = @code",
            new { code = MedicalRecords });
        Assert.Equal("Medical records specialists", ooh.Title);
        Assert.Equal("Healthcare", ooh.Group);
        Assert.Equal(7, ooh.Pct);
        Assert.Equal("Much faster than average", ooh.Wording);
        Assert.StartsWith("https://www.bls.gov/ooh/healthcare/", ooh.Url);
    }

    [Fact]
    public void Categories_are_the_major_groups_that_have_occupations()
    {
        // The SOC structure has 23 major groups; 55 (Military) has no O*NET tasks, so no occupations.
        Assert.Equal(22, Scalar<long>("SELECT count(*) FROM categories"));
        Assert.Equal(0, Scalar<long>("SELECT count(*) FROM categories WHERE code = '55'"));
        Assert.Equal("healthcare-practitioners-and-technical", Scalar<string>("SELECT slug FROM categories WHERE code = '29'"));
        Assert.Equal("11-1011.03-chief-sustainability-officers", Scalar<string>("SELECT slug FROM occupations WHERE code = '11-1011.03'"));
    }

    [Fact]
    public void Top_coded_and_missing_wages_are_null()
    {
        // Orthodontists: BLS publishes only its top band, '>=$239,200'; no figure is made up from it.
        Assert.Equal(0, Scalar<long>("SELECT count(*) FROM bls_projections WHERE release = '2024-34' AND soc_code = '29-1023' AND median_wage IS NOT NULL"));
        Assert.Equal(1, Scalar<long>("SELECT count(*) FROM bls_projections WHERE release = '2024-34' AND soc_code = '29-1023'"));
        Assert.True(Scalar<long>("SELECT count(*) FROM bls_projections WHERE median_wage IS NULL") > 1);
        Assert.Equal(0, Scalar<long>("SELECT count(*) FROM bls_projections WHERE median_wage <= 0"));
    }

    [Fact]
    public void Side_tables_are_filled_and_joined()
    {
        Assert.Equal(774, Scalar<long>("SELECT count(*) FROM aioe"));
        Assert.Equal("29-2071", Scalar<string>("SELECT soc2010_code FROM occupation_soc2010 WHERE occupation_code = '29-2072.00'"));
        Assert.True(Scalar<long>("SELECT count(DISTINCT s.occupation_code) FROM occupation_soc2010 s JOIN aioe a ON a.soc2010_code = s.soc2010_code") >= 900);
        Assert.Equal(18_460, Scalar<long>("SELECT count(*) FROM related_occupations"));
        Assert.True(Scalar<long>("SELECT count(*) FROM search_titles WHERE kind = 'alternate'") > 40_000);
        Assert.Equal(0, Scalar<long>("""
            SELECT count(*) FROM editorial_task_sources s
            WHERE NOT EXISTS (SELECT 1 FROM tasks t WHERE t.occupation_code = s.occupation_code AND t.task_id = s.task_id)
            """));
    }

    [Fact]
    public void Search_finds_titles_and_alternate_titles()
    {
        using var connection = DatasetTestData.Open(dataset.DatabasePath);
        Assert.Equal(923, connection.ExecuteScalar<long>("SELECT count(*) FROM search_titles WHERE kind = 'title'"));
        var hits = connection.Query<string>("SELECT DISTINCT occupation_code FROM search_titles WHERE search_titles MATCH 'medical records'").ToList();
        Assert.Contains(MedicalRecords, hits);
        Assert.Contains("11-1011.00", connection.Query<string>("SELECT occupation_code FROM search_titles WHERE search_titles MATCH 'ceo'"));
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT count(*) FROM search_vocabulary WHERE word = 'records'"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM search_vocabulary WHERE length(word) < 3 OR word <> lower(word)"));
    }

    [Fact]
    public void Dataset_info_records_version_and_releases()
    {
        using var connection = DatasetTestData.Open(dataset.DatabasePath);
        var info = connection.Query<(string Key, string Value)>("SELECT key, value FROM dataset_info").ToDictionary(r => r.Key, r => r.Value);
        Assert.Equal(dataset.Result.Version, info["version"]);
        Assert.Equal("29.3", info["onet_release"]);
        Assert.Equal("2024-34", info["bls_release"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", info["built_at"]);
        Assert.Equal("923", info["rows.occupations"]);
        Assert.Equal(dataset.Result.Version, DatasetBuilder.ReadVersion(dataset.DatabasePath));
        Assert.Equal(dataset.Result.Version, DatasetBuilder.ComputeVersion(DatasetTestData.DataFolderPath));
    }
}
