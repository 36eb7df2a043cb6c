using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring.Tests.Pro;

public class ToolRecommendationsTests
{
    private static readonly ScoringModel Model = ScoringModel.Default;

    private static readonly ToolCatalogue Catalogue = ToolCatalogue.Create(
    [
        new ToolCategory("coding", "Medical coding", "Why.", "Checks.", ["code* + patient*", "classification system*"]),
        new ToolCategory("entry", "Data entry", "Why.", "Checks.", ["enter data", "code* + data"]),
        new ToolCategory("drafting", "Drafting", "Why.", "Checks.", ["report*"]),
    ]);

    private static TaskSignal Signal(params (string Text, ExposureLabel? E, AutomationLabel? T, TaskType Type)[] tasks) =>
        TaskScorer.Score(tasks.Select((t, i) => new TaskInput(i + 1, t.Text, t.Type, t.E, t.T)).ToList(), Model);

    [Fact]
    public void The_strongest_category_wins_and_equal_strength_goes_to_the_one_listed_first()
    {
        var signal = Signal(
            ("Code patient data using classification systems.", ExposureLabel.E1, AutomationLabel.T4, TaskType.Core), // coding 2, entry 1
            ("Code data and enter data.", ExposureLabel.E1, AutomationLabel.T4, TaskType.Core),                        // entry 2
            ("Code patient reports.", ExposureLabel.E1, AutomationLabel.T4, TaskType.Core));                          // coding 1 = drafting 1

        var result = ToolRecommendations.For(signal, Catalogue, Model.Pro);

        Assert.Equal(["coding", "entry", "coding"], result.Tasks.Select(t => t.Best!.Category.Id));
        Assert.Equal(2, result.Tasks[0].Best!.Strength);
        Assert.Equal(["coding", "entry"], result.Tasks[0].Candidates.Select(c => c.Category.Id));
        Assert.Equal(["coding", "entry"], result.Categories.Select(c => c.Category.Id));   // coding covers two tasks
        Assert.Equal([1, 3], result.Categories[0].Tasks.Select(t => t.Task.TaskId));
    }

    [Fact]
    public void Only_the_top_rated_tasks_at_or_above_the_minimum_feasibility_are_considered()
    {
        var signal = Signal(
            ("Write report 1.", ExposureLabel.E2, AutomationLabel.T2, TaskType.Supplemental), // 50 × 1 = 50
            ("Write report 2.", ExposureLabel.E2, AutomationLabel.T1, TaskType.Core),         // 40: below the minimum
            ("Write report 3.", null, null, TaskType.Unrated),                                // not rated
            ("Write report 4.", ExposureLabel.E1, AutomationLabel.T4, TaskType.Core),         // 100 × 2 = 200
            ("Write report 5.", ExposureLabel.E2, AutomationLabel.T2, TaskType.Core),         // 50 × 2 = 100
            ("Lift boxes.", ExposureLabel.E1, AutomationLabel.T3, TaskType.Core));            // 90 × 2 = 180, no match
        var pro = Model.Pro with { Tools = Model.Pro.Tools with { TopTaskCount = 3 } };

        var result = ToolRecommendations.For(signal, Catalogue, pro);

        Assert.Equal([4, 6, 5], result.Tasks.Select(t => t.Task.Task.TaskId));
        Assert.Null(result.Tasks[1].Best);
        Assert.Equal(["drafting"], result.Categories.Select(c => c.Category.Id));
        Assert.True(result.HasRecommendation);
    }

    [Fact]
    public void An_occupation_without_an_exposed_task_gets_no_recommendation()
    {
        var result = ToolRecommendations.For(Signal(("Write reports.", ExposureLabel.E0, AutomationLabel.T1, TaskType.Core)), Catalogue, Model.Pro);

        Assert.Empty(result.Tasks);
        Assert.False(result.HasRecommendation);
    }

    [Fact]
    public void Medical_records_specialists_top_tasks_get_coding_data_entry_document_and_transcription_tools()
    {
        var signal = TaskScorer.Score(ProRepositoryData.Tasks("29-2072.00"), Model);

        var result = ToolRecommendations.For(signal, ProRepositoryData.Tools, Model.Pro);

        string? For(int taskId) => result.Tasks.Single(t => t.Task.Task.TaskId == taskId).Best?.Category.Id;
        Assert.Equal(Model.Pro.Tools.TopTaskCount, result.Tasks.Count);
        Assert.Equal("medical-coding", For(22877));       // Assign the patient to diagnosis-related groups (DRGs)…
        Assert.Equal("data-entry-records", For(22880));   // Enter data, such as demographic characteristics…
        Assert.Equal("document-extraction", For(22884));  // Process and prepare business or government forms.
        Assert.Equal("transcription", For(22893));        // Transcribe medical reports.
        Assert.Equal("medical-coding", For(22879));       // Consult classification manuals…
        Assert.All(result.Tasks, t => Assert.NotNull(t.Best));
        Assert.Equal("medical-coding", result.Categories[0].Category.Id);
    }

    [Fact]
    public void Most_occupations_with_an_exposed_task_get_a_recommendation_for_their_top_tasks()
    {
        var results = ProRepositoryData.Occupations.Values
            .Select(o => ToolRecommendations.For(TaskScorer.Score(o.Tasks, Model), ProRepositoryData.Tools, Model.Pro))
            .ToList();

        int withExposedTask = results.Count(r => r.Tasks.Count > 0);
        int covered = results.Count(r => r.HasRecommendation);

        Assert.Equal(923, results.Count);
        Assert.True(covered >= 0.8 * results.Count, $"{covered} of {results.Count} occupations get a recommendation");
        Assert.True(covered >= 0.95 * withExposedTask, $"{covered} of {withExposedTask} occupations with an exposed task get one");
    }
}
