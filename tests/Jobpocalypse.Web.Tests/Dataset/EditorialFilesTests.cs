using System.Text.Json;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

using Jobpocalypse.Dataset.Tests;

namespace Jobpocalypse.Web.Tests.Dataset;

/// <summary>
/// Every analysis in data/editorial, checked here from the raw files and the site's computed scores, independently of
/// the build's own checks: ids, no task twice, coverage, stance against the computed score, word counts, and quotes
/// verbatim in the Handbook text of the occupation's own profile (joined through the crosswalk here, by hand).
/// </summary>
[Collection(SiteCollection.Name)]
public class EditorialFilesTests(SiteFactory site)
{
    private static readonly string Folder = Path.Combine(DatasetTestData.DataFolderPath, "editorial");
    private static readonly ScoringModel Model = ScoringModel.Default;
    private static readonly Lazy<Dictionary<string, string>> s_profileText = new(ProfileTextByOccupation);

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
            data.Add(file!);
        return data;
    }

    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;

    [Fact]
    public void Every_file_is_an_analysis_on_the_site()
    {
        var codes = Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);
        Assert.Equal(codes, Snapshot.Occupations.Where(o => o.HasAnalysis).Select(o => o.Code).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_analysis_validates(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, file)));
        var root = json.RootElement;
        var code = root.GetProperty("occupation").GetString()!;
        Assert.Equal(code + ".json", file);
        var entry = Snapshot.ByCode(code);
        Assert.NotNull(entry);
        Assert.True(DateOnly.TryParseExact(root.GetProperty("reviewed").GetString(), "yyyy-MM-dd", out _));
        var tasks = entry.Score.TaskSignal.Tasks.ToDictionary(t => t.Task.TaskId);
        var profileText = s_profileText.Value.GetValueOrDefault(code);
        var limits = Model.EditorialLimits;

        var duties = root.GetProperty("tasks").EnumerateArray().ToList();
        Assert.InRange(duties.Count, limits.MinDuties, limits.MaxDuties);
        var listed = new List<int>();
        foreach (var duty in duties)
        {
            var title = duty.GetProperty("title").GetString()!;
            var ids = duty.GetProperty("onetTaskIds").EnumerateArray().Select(i => i.GetInt32()).ToList();
            Assert.NotEmpty(ids);
            Assert.All(ids, id => Assert.True(tasks.ContainsKey(id), $"{title}: task {id} is not a task of {code}"));
            listed.AddRange(ids);

            // The duty's score by hand: weighted mean feasibility of its rated tasks.
            var rated = ids.Select(id => tasks[id]).Where(t => t.IsRated).ToList();
            double? score = rated.Count > 0 ? rated.Sum(t => t.Weight * t.Feasibility!.Value) / rated.Sum(t => t.Weight) : null;
            Assert.Equal(Model.StanceFor(score).Id, duty.GetProperty("stance").GetString());

            var words = duty.GetProperty("rationale").GetString()!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, limits.MinRationaleWords, limits.MaxRationaleWords);
            if (duty.TryGetProperty("blsEvidence", out var evidence))
            {
                Assert.NotNull(profileText);
                Assert.True(profileText.Contains(evidence.GetString()!, StringComparison.Ordinal),
                    $"{title}: the quote is not verbatim in {code}'s Handbook text: {evidence.GetString()}");
            }
        }

        var notGrouped = root.TryGetProperty("notGrouped", out var ng) ? ng.EnumerateArray().ToList() : [];
        foreach (var task in notGrouped)
        {
            var id = task.GetProperty("onetTaskId").GetInt32();
            Assert.True(tasks.ContainsKey(id), $"not grouped task {id} is not a task of {code}");
            Assert.True(task.GetProperty("reason").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= limits.MinReasonWords);
            listed.Add(id);
        }
        Assert.Equal(listed.Count, listed.Distinct().Count()); // no task twice, in duties or not grouped
        var missing = tasks.Values.Where(t => t.IsRated).Select(t => t.Task.TaskId).Except(listed).ToList();
        Assert.True(missing.Count == 0, $"rated tasks in no duty and not in notGrouped: {string.Join(", ", missing)}");
    }

    /// <summary>
    /// The Handbook "What they do" text per O*NET occupation, through the crosswalk's profile URL (its '/OOH/' against the
    /// text file's '/ooh/', so case-insensitively).
    /// </summary>
    private static Dictionary<string, string> ProfileTextByOccupation()
    {
        var bls = Path.Combine(DatasetTestData.DataFolderPath, "bls");
        var textByUrl = File.ReadLines(Path.Combine(bls, "ooh_what_they_do_2024_34.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .ToDictionary(f => f[2], f => f[3], StringComparer.OrdinalIgnoreCase);
        var lines = File.ReadLines(Path.Combine(bls, "onet_nem_ooh_crosswalk_2023-09-06.csv")).Select(SplitCsv).ToList();
        int Column(string name) => lines[0].IndexOf(name);
        int code = Column("O*NET-SOC Code"), url = Column("OOH Profile Website");
        return lines.Skip(1)
            .Where(f => textByUrl.ContainsKey(f[url]))
            .ToDictionary(f => f[code], f => textByUrl[f[url]]);
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
