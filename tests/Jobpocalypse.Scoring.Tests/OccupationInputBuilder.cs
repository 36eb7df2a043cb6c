namespace Jobpocalypse.Scoring.Tests;

/// <summary>Builds occupation inputs with sensible defaults so each test states only what it is about.</summary>
internal sealed class OccupationInputBuilder
{
    private string _code = "29-2072.00";
    private string _category = "29";
    private readonly List<TaskInput> _tasks = [];
    private double? _lmAioe = 1.0;
    private double? _changePct = 7.1;
    private string? _education = "Postsecondary nondegree award";
    private string? _previousEducation = "Postsecondary nondegree award";
    private int? _wage = 50250;
    private int? _previousWage = 47180;
    private double? _applicability = 0.27;

    public OccupationInputBuilder Code(string code, string category) { _code = code; _category = category; return this; }

    public OccupationInputBuilder Task(ExposureLabel? exposure, AutomationLabel? automation, TaskType type = TaskType.Core, string? text = null)
    {
        _tasks.Add(new TaskInput(_tasks.Count + 1, text ?? $"Task {_tasks.Count + 1}", type, exposure, automation));
        return this;
    }

    /// <summary>Real task statements with their labels (e.g. from the repository's data/).</summary>
    public OccupationInputBuilder Tasks(IEnumerable<TaskInput> tasks) { _tasks.AddRange(tasks); return this; }

    public OccupationInputBuilder ObservedUse(double? applicability) { _applicability = applicability; return this; }

    public OccupationInputBuilder LmAioe(double? value) { _lmAioe = value; return this; }
    public OccupationInputBuilder Outlook(double? changePct) { _changePct = changePct; return this; }
    public OccupationInputBuilder Education(string? previous, string? now) { _previousEducation = previous; _education = now; return this; }
    public OccupationInputBuilder Wages(int? previous, int? now) { _previousWage = previous; _wage = now; return this; }

    public OccupationInput Build() => new(_code, _category, _tasks.ToList(), _lmAioe, _changePct, _education,
        _previousEducation, _wage, _previousWage, _applicability);
}
