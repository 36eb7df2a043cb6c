namespace Jobpocalypse.Dataset;

/// <summary>A task's labels in Eloundou et al. (2023): exposure E0–E2 (human raters, GPT-4) and automation T0–T4 (GPT-4).</summary>
internal sealed record EloundouLabel(string HumanExposure, string Gpt4Exposure, string Gpt4Automation);

/// <summary>Reads the paper's task labels, keyed by (O*NET-SOC code, task ID), and its occupation-level betas.</summary>
internal static class EloundouSource
{
    private const string Code = "O*NET-SOC Code";
    private const string TaskId = "Task ID"; // written as a float by the paper: '8823.0'

    public static Dictionary<(string Code, int TaskId), EloundouLabel> ReadLabels(DatasetInputs inputs)
    {
        var labels = new Dictionary<(string, int), EloundouLabel>();
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.EloundouLabels, '\t',
                     Code, TaskId, "human_exposure_agg", "gpt4_exposure", "gpt4_automation"))
        {
            var key = Key(row);
            var label = new EloundouLabel(
                row.OneOf("human_exposure_agg", "E0", "E1", "E2"),
                row.OneOf("gpt4_exposure", "E0", "E1", "E2"),
                row.OneOf("gpt4_automation", "T0", "T1", "T2", "T3", "T4"));
            if (!labels.TryAdd(key, label))
                throw row.Error($"duplicate label for task {key.Item2} of occupation '{key.Item1}'");
        }
        return labels;
    }

    /// <summary>The paper's occupation-level betas (GPT-4 and human raters) of the included occupations.</summary>
    public static List<PaperBetaRow> ReadOccupationBetas(DatasetInputs inputs, IReadOnlySet<string> included)
    {
        var rows = new List<PaperBetaRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.EloundouOccupations, ',', Code, "dv_rating_beta", "human_rating_beta"))
        {
            var code = row.Code(Code, SourceCodes.Onet(), SourceCodes.OnetDescription);
            if (!seen.Add(code)) throw row.Error($"duplicate occupation '{code}'");
            if (!included.Contains(code)) continue;
            rows.Add(new PaperBetaRow
            {
                OccupationCode = code, Gpt4Beta = row.Real("dv_rating_beta"),
                HumanBeta = row.Optional("human_rating_beta") is null ? null : row.Real("human_rating_beta"),
            });
        }
        return rows;
    }

    private static (string, int) Key(SourceRow row) =>
        (row.Code(Code, SourceCodes.Onet(), SourceCodes.OnetDescription), row.IntFromDecimal(TaskId));
}
