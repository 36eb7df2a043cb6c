using System.Text.RegularExpressions;
using Jobpocalypse.Scoring;

namespace Jobpocalypse.Dataset;

/// <summary>
/// The checks one analysis must pass (data/editorial/README.md states them for editors): task ids of this occupation,
/// none twice, every rated task covered or not grouped with a reason, rationale length and no figures or vendor names,
/// quotes verbatim from this occupation's Handbook text, and each duty's stance the one its computed score takes.
/// </summary>
internal sealed partial class EditorialRules
{
    private readonly string _code;
    private readonly Dictionary<int, TaskRow> _own;
    private readonly TaskSignal _signal;
    private readonly string? _profileText;
    private readonly ScoringModel _model;
    private readonly EditorialLimits _limits;
    private readonly Func<string, DatasetBuildException> _error;
    private readonly Dictionary<int, int> _dutyOf = []; // O*NET task id → duty position
    private readonly HashSet<int> _notGrouped = [];

    public EditorialRules(string code, IReadOnlyList<TaskRow> tasks, string? profileText, ScoringModel model,
        Func<string, DatasetBuildException> error)
    {
        _code = code;
        _own = tasks.ToDictionary(t => t.TaskId);
        _profileText = profileText;
        _model = model;
        _limits = model.EditorialLimits;
        _error = error;
        // The same inputs and model the site scores with, so the stance checked here is the one the report shows.
        _signal = TaskScorer.Score(tasks.Select(t => new TaskInput(t.TaskId, t.Text, LabelParser.Type(t.TaskType),
            LabelParser.Exposure(t.Gpt4Exposure), LabelParser.Automation(t.Gpt4Automation))).ToList(), model);
    }

    /// <summary>Words as editors count them: runs of non-space characters.</summary>
    public static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    public void CheckDutyCount(int count)
    {
        if (count < _limits.MinDuties || count > _limits.MaxDuties)
            throw _error($"{count} duties; an analysis has {_limits.MinDuties} to {_limits.MaxDuties}");
    }

    public void CheckDuty(int position, string title, IReadOnlyList<int> ids, string stance, string rationale, string? evidence)
    {
        var name = $"duty {position} ('{title}')";
        foreach (var id in ids)
        {
            if (!_own.ContainsKey(id))
                throw _error($"{name}: O*NET task {id} is not a task of occupation '{_code}'");
            if (!_dutyOf.TryAdd(id, position))
                throw _error($"{name}: O*NET task {id} is already listed under duty {_dutyOf[id]}");
        }

        var words = Words(rationale);
        if (words < _limits.MinRationaleWords || words > _limits.MaxRationaleWords)
            throw _error($"{name}: the rationale has {words} words; write {_limits.MinRationaleWords} to {_limits.MaxRationaleWords}");
        if (rationale.Any(char.IsDigit))
            throw _error($"{name}: the rationale has a digit; analyses state no figures or statistics");
        if (Vendor().Match(title + " " + rationale) is { Success: true } vendor)
            throw _error($"{name}: '{vendor.Value}' is a vendor or product name; name kinds of tools instead");

        if (evidence is not null)
        {
            if (string.IsNullOrWhiteSpace(evidence) || evidence.Contains(OohTextSource.Separator.Trim(), StringComparison.Ordinal))
                throw _error($"{name}: 'blsEvidence' must be one whole fragment of the Handbook text, or left out");
            if (_profileText is null)
                throw _error($"{name}: occupation '{_code}' has no Handbook profile text to quote; leave 'blsEvidence' out");
            if (!_profileText.Contains(evidence, StringComparison.Ordinal))
                throw _error($"{name}: 'blsEvidence' is not verbatim in the Handbook text of occupation '{_code}': \"{Start(evidence)}\"");
        }

        if (_model.Stance(stance) is null)
            throw _error($"{name}: unknown stance '{stance}' (one of {string.Join(", ", _model.EditorialStances.Append(_model.EditorialNotRated).Select(s => s.Id))})");
        var score = EditorialScorer.Score([new EditorialTaskInput(title, ids, rationale, evidence, stance)], _signal)[0].Feasibility;
        var wanted = _model.StanceFor(score);
        if (wanted.Id != stance)
        {
            var shown = score is { } s ? $"computed score {ScoreRounding.Shown(s)}" : "no rated task";
            throw _error($"{name}: {shown} takes stance '{wanted.Id}' (\"{wanted.Label}\"), the file says '{stance}'");
        }
    }

    public void CheckNotGrouped(int id, string reason)
    {
        var name = $"notGrouped task {id}";
        if (!_own.ContainsKey(id))
            throw _error($"{name} is not a task of occupation '{_code}'");
        if (_dutyOf.TryGetValue(id, out var position))
            throw _error($"{name} is also listed under duty {position}");
        if (!_notGrouped.Add(id))
            throw _error($"{name} is listed twice");
        if (Words(reason) < _limits.MinReasonWords)
            throw _error($"{name}: give the reason it is under no duty, in a sentence");
    }

    /// <summary>Every rated task is in a duty or not grouped; an unrated one may be left out.</summary>
    public void CheckCoverage()
    {
        var missing = _signal.Tasks.Where(t => t.IsRated && !_dutyOf.ContainsKey(t.Task.TaskId) && !_notGrouped.Contains(t.Task.TaskId))
            .Select(t => t.Task.TaskId).Order().ToList();
        if (missing.Count > 0)
            throw _error($"rated O*NET task(s) {string.Join(", ", missing)} of occupation '{_code}' are in no duty and not in 'notGrouped'");
    }

    private static string Start(string text) => text.Length <= 60 ? text : text[..60] + "…";

    // The names editors are most tempted to write; the README asks for kinds of tools, never products.
    [GeneratedRegex(@"\b(chatgpt|openai|gpt|copilot|google|microsoft|gemini|claude|anthropic|amazon|alexa|siri|apple|epic|cerner|ibm|watson|salesforce|oracle|sap|intuit|quickbooks|excel|tesla|waymo|uber|lyft|doordash|meta|llama|nvidia)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vendor();
}
