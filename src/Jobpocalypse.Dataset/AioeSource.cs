namespace Jobpocalypse.Dataset;

/// <summary>Reads the Felten–Raj–Seamans AIOE and Language-Modeling AIOE files (SOC 2010) and joins them on SOC code; both must list the same codes.</summary>
internal static class AioeSource
{
    private const string Code = "SOC Code", Title = "Occupation Title";

    public static List<AioeRow> Read(DatasetInputs inputs)
    {
        var aioe = ReadScores(inputs, DatasetInputs.Aioe, "AIOE");
        var lm = ReadScores(inputs, DatasetInputs.LanguageModelingAioe, "Language Modeling AIOE");

        foreach (var (code, (_, _, line)) in lm)
        {
            if (!aioe.ContainsKey(code))
                throw new DatasetBuildException(DatasetInputs.LanguageModelingAioe, line, $"SOC code '{code}' is not in {DatasetInputs.Aioe}");
        }
        var rows = new List<AioeRow>(aioe.Count);
        foreach (var (code, (_, _, line)) in aioe)
        {
            if (!lm.TryGetValue(code, out var lmScore))
                throw new DatasetBuildException(DatasetInputs.Aioe, line, $"SOC code '{code}' is not in {DatasetInputs.LanguageModelingAioe}");
            rows.Add(new AioeRow { Soc2010Code = code, LmAioe = lmScore.Score });
        }
        return rows;
    }

    // Insertion-ordered (file order): Dictionary keeps it when nothing is removed.
    private static Dictionary<string, (string Title, double Score, long Line)> ReadScores(DatasetInputs inputs, string file, string scoreColumn)
    {
        var scores = new Dictionary<string, (string, double, long)>(StringComparer.Ordinal);
        foreach (var row in DelimitedFile.Read(inputs, file, ',', Code, Title, scoreColumn))
        {
            var code = row.Code(Code, SourceCodes.Soc(), SourceCodes.SocDescription);
            if (!scores.TryAdd(code, (row.Text(Title), row.Real(scoreColumn), row.Line)))
                throw row.Error($"duplicate SOC code '{code}'");
        }
        return scores;
    }
}
