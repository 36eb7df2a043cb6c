using System.Globalization;

namespace Jobpocalypse.Scoring.Tests;

/// <summary>
/// With exposure as the only term and the paper's own task types, the task signal must reproduce
/// Eloundou et al.'s published occupation-level dv_rating_beta for every occupation.
/// </summary>
public class PaperReproductionTests
{
    [Fact]
    public void Task_signal_equals_dv_rating_beta_for_all_923_occupations()
    {
        var model = ScoringModel.Default with { TaskFormula = TaskFormula.ExposureOnly };
        var labels = RepositoryData.Rows("eloundou-2023/full_labelset.tsv", '\t')
            .ToDictionary(r => (r["O*NET-SOC Code"], r["Task ID"]), r => r["gpt4_exposure"]);
        var tasksByOccupation = RepositoryData.Rows("eloundou-2023/full_onet_data.tsv", '\t')
            .GroupBy(r => r["O*NET-SOC Code"])
            .ToDictionary(g => g.Key, g => g.Select(r => new TaskInput(
                TaskId: (int)double.Parse(r["Task ID"], CultureInfo.InvariantCulture),
                Text: r["Task"],
                Type: r["coreweight"] == "2" ? TaskType.Core : TaskType.Supplemental,
                Exposure: LabelParser.Exposure(labels[(r["O*NET-SOC Code"], r["Task ID"])]),
                Automation: null)).ToList());

        var published = RepositoryData.Rows("eloundou-2023/occ_level.csv", ',').ToList();
        var mismatches = published
            .Select(row => (Code: row["O*NET-SOC Code"],
                Expected: double.Parse(row["dv_rating_beta"], CultureInfo.InvariantCulture),
                Actual: TaskScorer.Score(tasksByOccupation[row["O*NET-SOC Code"]], model).Value!.Value / 100))
            .Where(r => Math.Abs(r.Expected - r.Actual) > 1e-9)
            .ToList();

        Assert.Equal(923, published.Count);
        Assert.Empty(mismatches);
    }
}
