using Jobpocalypse.Scoring;
using Jobpocalypse.Scoring.Personal;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Me;

/// <summary>
/// What personal reports read from one snapshot: every O*NET task statement indexed by its content words, the
/// occupation each belongs to, and the scorer of the report's rules. Built on first use and dropped with the snapshot;
/// it holds O*NET text only.
/// </summary>
public sealed class PersonalCatalog
{
    private readonly ReferenceSnapshot _snapshot;
    private readonly Dictionary<int, (IndexedTask Task, OccupationEntry Entry)> _byId;

    private PersonalCatalog(ReferenceSnapshot snapshot)
    {
        _snapshot = snapshot;
        var tasks = snapshot.Occupations
            .SelectMany(o => o.Score.TaskSignal.Tasks.Select(t => (Task: new IndexedTask(t.Task, o.Code), Entry: o)))
            .ToList();
        _byId = tasks.GroupBy(t => t.Task.Task.TaskId).ToDictionary(g => g.Key, g => g.First());
        Index = new TaskIndex(tasks.Select(t => t.Task), snapshot.TaskWords);
        Scorer = new PersonalScorer(new OccupationScorer(snapshot.Model, snapshot.Population));
    }

    public static PersonalCatalog Of(ReferenceSnapshot snapshot) => snapshot.Derived.Get(s => new PersonalCatalog(s));

    public ReferenceSnapshot Snapshot => _snapshot;
    public TaskIndex Index { get; }
    public PersonalScorer Scorer { get; }

    public (IndexedTask Task, OccupationEntry Entry)? Task(int taskId) => _byId.TryGetValue(taskId, out var t) ? t : null;

    /// <summary>The selection a share link names, every task id one of this dataset's; or the reason it names none.</summary>
    public PersonalSelection? Read(string? tasks, string? level, out string error) =>
        ShareLink.TryParse(tasks, level, id => _byId.ContainsKey(id), out error);

    /// <summary>The reader's selection scored; every id must be known (<see cref="ShareLink.TryParse"/> checks).</summary>
    public PersonalScore Score(PersonalSelection selection) => Scorer.Score(
        selection.Tasks.Select(t =>
        {
            var (task, entry) = _byId[t.TaskId];
            return new PersonalTask(task.Task, entry.Code, t.Share);
        }).ToList(),
        selection.Level, code => _snapshot.ByCode(code)?.Score);
}
