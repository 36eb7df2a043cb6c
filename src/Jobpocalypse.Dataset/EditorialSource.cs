using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jobpocalypse.Scoring;

namespace Jobpocalypse.Dataset;

/// <summary>Every row the editorial analyses give the reference database.</summary>
internal sealed record EditorialContent(
    List<EditorialAnalysisRow> Analyses, List<EditorialTaskRow> Tasks, List<EditorialTaskSourceRow> Sources,
    List<EditorialNotGroupedRow> NotGrouped);

/// <summary>
/// Reads the hand-written analyses, <c>data/editorial/*.json</c> (format in data/editorial/README.md), and checks each
/// against its occupation's O*NET tasks and Handbook text (<see cref="EditorialRules"/>); anything wrong stops the build
/// naming the file and the reason. Each duty names the O*NET tasks it covers; scores are computed from those, never stored.
/// </summary>
internal static class EditorialSource
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, // a misspelt property is an error, not a silent gap
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private sealed class EditorialFile
    {
        public string? Occupation { get; set; }
        /// <summary>Where the BLS evidence quotes come from, as the editor wrote it.</summary>
        public string? Source { get; set; }
        public string? Reviewed { get; set; }
        public List<EditorialDuty?>? Tasks { get; set; }
        public List<NotGroupedTask?>? NotGrouped { get; set; }
    }

    private sealed class EditorialDuty
    {
        public string? Title { get; set; }
        public List<int>? OnetTaskIds { get; set; }
        public string? Stance { get; set; }
        public string? Rationale { get; set; }
        public string? BlsEvidence { get; set; }
    }

    private sealed class NotGroupedTask
    {
        public int? OnetTaskId { get; set; }
        public string? Reason { get; set; }
    }

    public static EditorialContent Read(DatasetInputs inputs, IReadOnlySet<string> occupationCodes, IReadOnlyList<TaskRow> tasks,
        IReadOnlyDictionary<string, OohTextRow> textByOccupation, ScoringModel model)
    {
        var tasksByOccupation = tasks.ToLookup(t => t.OccupationCode, StringComparer.Ordinal);
        var content = new EditorialContent([], [], [], []);
        foreach (var file in inputs.EditorialFiles)
        {
            var parsed = Parse(inputs, file);
            var code = parsed.Occupation?.Trim();
            DatasetBuildException Error(string reason) => new(file, null, reason);
            if (string.IsNullOrEmpty(code))
                throw Error("'occupation' is missing");
            if (!occupationCodes.Contains(code))
                throw Error($"occupation '{code}' is not an occupation of the dataset");
            if (file != $"{DatasetInputs.EditorialFolder}/{code}.json")
                throw Error($"the file of occupation '{code}' must be named {code}.json");
            if (!DateOnly.TryParseExact(parsed.Reviewed?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reviewed))
                throw Error("'reviewed' must be the date of the last review, written like 2026-11-30");

            var profile = textByOccupation.GetValueOrDefault(code);
            var rules = new EditorialRules(code, tasksByOccupation[code].ToList(), profile?.WhatTheyDo, model, Error);
            ReadDuties(parsed.Tasks, code, rules, content, Error);
            ReadNotGrouped(parsed.NotGrouped, code, rules, content, Error);
            rules.CheckCoverage();
            content.Analyses.Add(new EditorialAnalysisRow
            {
                OccupationCode = code, Reviewed = reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), EvidenceProfileUrl = profile?.Url,
            });
        }
        return content;
    }

    private static EditorialFile Parse(DatasetInputs inputs, string file)
    {
        try
        {
            return JsonSerializer.Deserialize<EditorialFile>(inputs[file], s_json)
                   ?? throw new DatasetBuildException(file, null, "the file holds null, not an analysis");
        }
        catch (JsonException e)
        {
            // "…could not be mapped to any .NET member contained in type '…'" means nothing to an editor.
            var message = e.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "unknown property (expected occupation, source, reviewed, tasks[].title, onetTaskIds, stance, rationale, " +
                  "blsEvidence, notGrouped[].onetTaskId, reason)"
                : e.Message;
            throw new DatasetBuildException(file, e.LineNumber + 1, $"invalid JSON at {e.Path}: {message}", e);
        }
    }

    private static void ReadDuties(List<EditorialDuty?>? duties, string code, EditorialRules rules, EditorialContent content,
        Func<string, DatasetBuildException> error)
    {
        if (duties is not { Count: > 0 })
            throw error("'tasks' is missing or empty");
        rules.CheckDutyCount(duties.Count);
        for (var i = 0; i < duties.Count; i++)
        {
            var position = i + 1;
            var duty = duties[i] ?? throw error($"duty {position} is null");
            string Required(string? value, string name) =>
                string.IsNullOrWhiteSpace(value) ? throw error($"duty {position}: '{name}' is missing or empty") : value.Trim();

            var title = Required(duty.Title, "title");
            var rationale = Required(duty.Rationale, "rationale");
            var stance = Required(duty.Stance, "stance");
            var ids = duty.OnetTaskIds is { Count: > 0 } list
                ? list
                : throw error($"duty {position} ('{title}'): 'onetTaskIds' is missing or empty");
            rules.CheckDuty(position, title, ids, stance, rationale, duty.BlsEvidence);
            content.Tasks.Add(new EditorialTaskRow
            {
                OccupationCode = code, Position = position, Title = title, Stance = stance, Rationale = rationale, BlsEvidence = duty.BlsEvidence,
            });
            content.Sources.AddRange(ids.Select(id => new EditorialTaskSourceRow { OccupationCode = code, Position = position, TaskId = id }));
        }
    }

    private static void ReadNotGrouped(List<NotGroupedTask?>? notGrouped, string code, EditorialRules rules, EditorialContent content,
        Func<string, DatasetBuildException> error)
    {
        foreach (var (entry, i) in (notGrouped ?? []).Select((e, i) => (e, i + 1)))
        {
            var id = entry?.OnetTaskId ?? throw error($"notGrouped {i}: 'onetTaskId' is missing");
            var reason = entry.Reason?.Trim() ?? "";
            rules.CheckNotGrouped(id, reason);
            content.NotGrouped.Add(new EditorialNotGroupedRow { OccupationCode = code, TaskId = id, Reason = reason });
        }
    }
}
