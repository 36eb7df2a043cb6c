using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jobpocalypse.Web.Dataset;

/// <summary>
/// Reads the hand-written analyses, <c>data/editorial/*.json</c>:
/// <c>{ "occupation": "29-2072.00", "tasks": [ { "title", "onetTaskIds": [22877], "rationale", "blsEvidence" } ] }</c>.
/// Each editorial task names the O*NET tasks it covers; scores are computed from those, never stored.
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
        /// <summary>Where the BLS evidence quotes come from (shown to editors; not stored).</summary>
        public string? Source { get; set; }
        public List<EditorialTask?>? Tasks { get; set; }
    }

    private sealed class EditorialTask
    {
        public string? Title { get; set; }
        public List<int>? OnetTaskIds { get; set; }
        public string? Rationale { get; set; }
        public string? BlsEvidence { get; set; }
    }

    public static (List<EditorialTaskRow> Tasks, List<EditorialTaskSourceRow> Sources) Read(
        DatasetInputs inputs, IReadOnlySet<string> occupationCodes, IReadOnlySet<(string Code, int TaskId)> taskKeys)
    {
        var tasks = new List<EditorialTaskRow>();
        var sources = new List<EditorialTaskSourceRow>();
        var fileByOccupation = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var file in inputs.EditorialFiles)
        {
            EditorialFile? parsed;
            try
            {
                parsed = JsonSerializer.Deserialize<EditorialFile>(inputs[file], s_json);
            }
            catch (JsonException e)
            {
                // "…could not be mapped to any .NET member contained in type '…'" means nothing to an editor.
                var message = e.Message.Contains("could not be mapped", StringComparison.Ordinal)
                    ? "unknown property (expected occupation, tasks[].title, onetTaskIds, rationale, blsEvidence)"
                    : e.Message;
                throw new DatasetBuildException(file, e.LineNumber + 1, $"invalid JSON at {e.Path}: {message}", e);
            }
            DatasetBuildException Error(string reason) => new(file, null, reason);

            if (parsed is null)
                throw Error("the file holds null, not an analysis");
            var code = parsed.Occupation?.Trim();
            if (string.IsNullOrEmpty(code))
                throw Error("'occupation' is missing");
            if (!occupationCodes.Contains(code))
                throw Error($"occupation '{code}' is not an occupation of the dataset");
            if (!fileByOccupation.TryAdd(code, file))
                throw Error($"occupation '{code}' already has an analysis in {fileByOccupation[code]}");
            if (parsed.Tasks is not { Count: > 0 })
                throw Error("'tasks' is missing or empty");

            for (var i = 0; i < parsed.Tasks.Count; i++)
            {
                var position = i + 1;
                var task = parsed.Tasks[i] ?? throw Error($"task {position} is null");
                string Required(string? value, string name) =>
                    string.IsNullOrWhiteSpace(value) ? throw Error($"task {position}: '{name}' is missing or empty") : value.Trim();

                var title = Required(task.Title, "title");
                var rationale = Required(task.Rationale, "rationale");
                var evidence = Required(task.BlsEvidence, "blsEvidence");
                if (task.OnetTaskIds is not { Count: > 0 })
                    throw Error($"task {position} ('{title}'): 'onetTaskIds' is missing or empty");
                var seen = new HashSet<int>();
                foreach (var id in task.OnetTaskIds)
                {
                    if (!taskKeys.Contains((code, id)))
                        throw Error($"task {position} ('{title}'): O*NET task {id} is not a task of occupation '{code}'");
                    if (!seen.Add(id))
                        throw Error($"task {position} ('{title}'): O*NET task {id} is listed twice");
                    sources.Add(new EditorialTaskSourceRow(code, position, id));
                }
                tasks.Add(new EditorialTaskRow(code, position, title, rationale, evidence));
            }
        }
        return (tasks, sources);
    }
}
