using System.Text.Json.Nodes;
using Dapper;

namespace Jobpocalypse.Dataset.Tests;

/// <summary>
/// Editorial analyses (data/editorial/*.json) are loaded when valid and stop the build, naming the file and the reason,
/// when not. Each case changes one thing in a valid test analysis of 29-2072.00 (Dataset/TestData/editorial).
/// </summary>
public sealed class EditorialValidationTests : IDisposable
{
    private const string EditorialFile = "editorial/29-2072.00.json";
    private const string ProfileUrl = "https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm";

    private readonly TempFolder _folder = new();
    private readonly string _data;

    public EditorialValidationTests()
    {
        _data = DatasetTestData.CopyFixtureTo(_folder.File("data"));
        // Whatever analyses the real data/ holds, these tests use only the test file (the tool catalogue stays).
        foreach (var analysis in Directory.GetFiles(Path.Combine(_data, "editorial"), "*.json"))
            File.Delete(analysis);
    }

    public void Dispose() => _folder.Dispose();

    private string Target => _folder.File("reference.db");

    private void WriteEditorial(Action<JsonNode>? change = null, string file = EditorialFile)
    {
        var json = JsonNode.Parse(File.ReadAllText(DatasetTestData.TestEditorialFile))!;
        change?.Invoke(json);
        File.WriteAllText(Path.Combine(_data, file), json.ToJsonString());
    }

    private async Task<DatasetBuildException> BuildFails() =>
        await Assert.ThrowsAsync<DatasetBuildException>(() => new DatasetBuilder().EnsureBuiltAsync(_data, Target));

    private static JsonNode Duty(JsonNode json, int index) => json["tasks"]![index]!;

    private static string Words(int count) => string.Join(" ", Enumerable.Repeat("word", count));

    [Fact]
    public async Task A_valid_analysis_is_loaded_with_its_review_date_duties_stances_sources_and_tasks_under_no_duty()
    {
        WriteEditorial(json => Duty(json, 8).AsObject().Remove("blsEvidence"));
        await new DatasetBuilder().EnsureBuiltAsync(_data, Target);

        using var connection = DatasetTestData.Open(Target);
        var analysis = connection.QuerySingle<(string Reviewed, string Url)>(
            "SELECT reviewed, evidence_profile_url FROM editorial_analyses WHERE occupation_code = '29-2072.00'");
        Assert.Equal(("2026-11-30", ProfileUrl), analysis);
        var duties = connection.Query<(long Position, string Stance, string? Evidence)>(
            "SELECT position, stance, bls_evidence FROM editorial_tasks ORDER BY position").ToList();
        Assert.Equal(9, duties.Count);
        Assert.Equal(["ai-does-most", "ai-does-part"], duties.Select(d => d.Stance).Distinct().Order());
        Assert.Null(duties[8].Evidence);
        Assert.Equal([(1L, 22880L), (1L, 22885L), (1L, 22893L)], connection.Query<(long, long)>(
            "SELECT position, task_id FROM editorial_task_sources WHERE position = 1 ORDER BY task_id"));
        Assert.Equal([22884L, 22892L], connection.Query<long>("SELECT task_id FROM editorial_not_grouped ORDER BY task_id"));
        // Every profile of the text file (one per line after the header), not only the analysed occupation's.
        var profiles = File.ReadLines(Path.Combine(_data, "bls", "ooh_what_they_do_2024_34.tsv")).Count(l => l.Length > 0) - 1;
        Assert.Equal(profiles, connection.ExecuteScalar<long>("SELECT count(*) FROM ooh_what_they_do"));
    }

    [Theory]
    [InlineData("unknown-occupation", "occupation '99-9999.00' is not an occupation of the dataset")]
    [InlineData("reviewed-missing", "'reviewed' must be the date of the last review")]
    [InlineData("reviewed-malformed", "'reviewed' must be the date of the last review")]
    [InlineData("five-duties", "5 duties; an analysis has 6 to 10")]
    [InlineData("eleven-duties", "11 duties; an analysis has 6 to 10")]
    [InlineData("empty-rationale", "duty 2: 'rationale' is missing or empty")]
    [InlineData("missing-stance", "duty 1: 'stance' is missing or empty")]
    [InlineData("task-of-another-occupation", "duty 1 ('Enter patient medical information into electronic health records systems'): O*NET task 8823 is not a task of occupation '29-2072.00'")]
    [InlineData("task-twice", "duty 2 ('Use classification systems to assign clinical codes for diagnoses and procedures'): O*NET task 22880 is already listed under duty 1")]
    [InlineData("short-rationale", "duty 3 ('Maintain and retrieve records for insurance reimbursement and data analysis'): the rationale has 69 words; write 70 to 150")]
    [InlineData("long-rationale", "the rationale has 151 words; write 70 to 150")]
    [InlineData("digit", "duty 1 ('Enter patient medical information into electronic health records systems'): the rationale has a digit")]
    [InlineData("vendor", "'Excel' is a vendor or product name")]
    [InlineData("quote-not-verbatim", "'blsEvidence' is not verbatim in the Handbook text of occupation '29-2072.00'")]
    [InlineData("quote-of-another-profile", "'blsEvidence' is not verbatim in the Handbook text of occupation '29-2072.00'")]
    [InlineData("quote-across-paragraphs", "'blsEvidence' must be one whole fragment of the Handbook text")]
    [InlineData("unknown-stance", "unknown stance 'mostly-ai' (one of ai-does-most, ai-does-part, ai-assists, stays-with-people, not-rated)")]
    [InlineData("stance-against-score", "duty 8 ('Consult with healthcare providers to clarify diagnoses and obtain additional information'): computed score 50 takes stance 'ai-does-part' (\"AI can do part of it\"), the file says 'ai-does-most'")]
    [InlineData("not-grouped-also-in-a-duty", "notGrouped task 22880 is also listed under duty 1")]
    [InlineData("not-grouped-of-another-occupation", "notGrouped task 8823 is not a task of occupation '29-2072.00'")]
    [InlineData("not-grouped-twice", "notGrouped task 22884 is listed twice")]
    [InlineData("not-grouped-without-reason", "notGrouped task 22892: give the reason it is under no duty")]
    [InlineData("rated-task-left-out", "rated O*NET task(s) 22884 of occupation '29-2072.00' are in no duty and not in 'notGrouped'")]
    public async Task An_invalid_analysis_fails_naming_the_file_and_the_reason(string change, string reason)
    {
        WriteEditorial(json => Change(json, change));
        var error = await BuildFails();
        Assert.Equal(EditorialFile, error.File);
        Assert.StartsWith(EditorialFile, error.Message);
        Assert.Contains(reason, error.Reason);
        Assert.False(File.Exists(Target));
    }

    private static void Change(JsonNode json, string change)
    {
        var duties = json["tasks"]!.AsArray();
        var notGrouped = json["notGrouped"]!.AsArray();
        switch (change)
        {
            case "unknown-occupation": json["occupation"] = "99-9999.00"; break;
            case "reviewed-missing": json.AsObject().Remove("reviewed"); break;
            case "reviewed-malformed": json["reviewed"] = "30/11/2026"; break;
            case "five-duties": while (duties.Count > 5) duties.RemoveAt(duties.Count - 1); break;
            case "eleven-duties": duties.Add(duties[0]!.DeepClone()); duties.Add(duties[1]!.DeepClone()); break;
            case "empty-rationale": Duty(json, 1)["rationale"] = "  "; break;
            case "missing-stance": Duty(json, 0).AsObject().Remove("stance"); break;
            case "task-of-another-occupation": Duty(json, 0)["onetTaskIds"]!.AsArray().Add(8823); break; // a Chief Executives task
            case "task-twice": Duty(json, 1)["onetTaskIds"]!.AsArray().Add(22880); break;
            case "short-rationale": Duty(json, 2)["rationale"] = Words(69); break;
            case "long-rationale": Duty(json, 2)["rationale"] = Words(151); break;
            case "digit": Duty(json, 0)["rationale"] += " It takes 3 checks."; break;
            case "vendor": Duty(json, 2)["rationale"] += " Some offices keep it in Excel."; break;
            // Straight apostrophe where the Handbook has a curly one.
            case "quote-not-verbatim": Duty(json, 4)["blsEvidence"] = "Review patients' records for timeliness, completeness, and accuracy"; break;
            // Verbatim in the accountants and auditors profile, not in this occupation's.
            case "quote-of-another-profile": Duty(json, 2)["blsEvidence"] = "Organize, analyze, and maintain financial records"; break;
            case "quote-across-paragraphs":
                Duty(json, 4)["blsEvidence"] = "Review patients’ records for timeliness, completeness, and accuracy ¶ - Use classification systems"; break;
            case "unknown-stance": Duty(json, 0)["stance"] = "mostly-ai"; break;
            case "stance-against-score": Duty(json, 7)["stance"] = "ai-does-most"; break;
            case "not-grouped-also-in-a-duty": notGrouped.Add(new JsonObject { ["onetTaskId"] = 22880, ["reason"] = Words(6) }); break;
            case "not-grouped-of-another-occupation": notGrouped.Add(new JsonObject { ["onetTaskId"] = 8823, ["reason"] = Words(6) }); break;
            case "not-grouped-twice": notGrouped.Add(notGrouped[0]!.DeepClone()); break;
            case "not-grouped-without-reason": notGrouped[1]!["reason"] = "Front desk."; break;
            case "rated-task-left-out": notGrouped.RemoveAt(0); break;
            default: throw new ArgumentException($"unknown change '{change}'", nameof(change));
        }
    }

    [Fact]
    public async Task A_file_not_named_by_its_occupation_fails()
    {
        WriteEditorial(file: "editorial/medical-records.json");
        var error = await BuildFails();
        Assert.Equal("editorial/medical-records.json", error.File);
        Assert.Contains("must be named 29-2072.00.json", error.Reason);
    }

    [Fact]
    public async Task A_misspelt_property_fails_with_its_line()
    {
        File.WriteAllText(Path.Combine(_data, EditorialFile), """
            {
              "occupation": "29-2072.00",
              "tasks": [ { "title": "t", "onetTaskId": [22877], "rationale": "r", "blsEvidence": "b" } ]
            }
            """);
        var error = await BuildFails();
        Assert.Equal(EditorialFile, error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("onetTaskId", error.Reason);
    }
}
