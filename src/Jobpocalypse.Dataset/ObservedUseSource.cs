namespace Jobpocalypse.Dataset;

/// <summary>
/// Reads Tomlinson et al.'s (2025) "Working with AI" files: the AI applicability score per SOC code, the metrics of each
/// intermediate work activity (IWA) and which IWAs belong to each SOC code.
/// </summary>
internal static class ObservedUseSource
{
    private const string Soc = "SOC Code", Iwa = "IWA";

    public static (List<ObservedUseRow> Scores, List<WorkActivityRow> Activities, List<SocWorkActivityRow> Links) Read(DatasetInputs inputs)
    {
        var scores = new List<ObservedUseRow>();
        var socs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.ObservedUseScores, ',', Soc, "ai_applicability_score"))
        {
            var code = row.Code(Soc, SourceCodes.Soc(), SourceCodes.SocDescription);
            var score = row.Real("ai_applicability_score");
            if (score is < 0 or > 1) throw row.Error($"AI applicability score {score} is outside 0–1");
            if (!socs.Add(code)) throw row.Error($"duplicate SOC code '{code}'");
            scores.Add(new ObservedUseRow { SocCode = code, Applicability = score });
        }

        var activities = new List<WorkActivityRow>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.WorkActivityMetrics, ',', Iwa, "title", "share_user", "completion_user"))
        {
            var id = row.Text(Iwa);
            if (!ids.Add(id)) throw row.Error($"duplicate work activity '{id}'");
            var share = row.Real("share_user");
            // An activity nobody asked about has no completion rate: kept as missing, never filled in.
            double? completion = row.Optional("completion_user") is null ? null : row.Real("completion_user");
            if (share is < 0 or > 1 || completion is < 0 or > 1) throw row.Error("share_user and completion_user must lie within 0–1");
            activities.Add(new WorkActivityRow { IwaId = id, Title = row.Text("title"), ShareOfUse = share, Completion = completion });
        }

        var links = new List<SocWorkActivityRow>();
        var seen = new HashSet<(string, string)>();
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.SocWorkActivities, ',', Soc, Iwa))
        {
            var code = row.Code(Soc, SourceCodes.Soc(), SourceCodes.SocDescription);
            var id = row.Text(Iwa);
            if (!ids.Contains(id)) throw row.Error($"work activity '{id}' is not in {DatasetInputs.WorkActivityMetrics}");
            if (seen.Add((code, id))) links.Add(new SocWorkActivityRow { SocCode = code, IwaId = id });
        }
        return (scores, activities, links);
    }
}
