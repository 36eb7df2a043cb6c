namespace Jobpocalypse.Scoring.Pro;

/// <summary>
/// A task at one seniority level: its share of that level's work time (0–1; the seniority model's level weight ÷ the sum
/// over all the occupation's tasks) and the colour of its feasibility (the same at every level; null when not rated).
/// </summary>
public sealed record HeatmapCell(SeniorityLevel Level, double Share, double? Feasibility, HeatmapBin Bin);

/// <summary>One task of the heatmap: its score, where its time share concentrates, and a cell per seniority level.</summary>
public sealed record HeatmapRow(TaskScore Task, SeniorityTilt Tilt, IReadOnlyList<HeatmapCell> Cells)
{
    public HeatmapCell Cell(SeniorityLevel level) => Cells.Single(c => c.Level == level);
}

/// <summary>
/// Every task of an occupation with its share of entry, mid and senior work, most contributing first and not-rated
/// tasks last, with the colour scale (<see cref="Legend"/>) that both the SVG and its legend are drawn from.
/// </summary>
public sealed record TaskHeatmap(IReadOnlyList<HeatmapRow> Rows, HeatmapScale Scale)
{
    public IReadOnlyList<HeatmapBin> Legend => [.. Scale.Bins, Scale.NotRated];

    public static TaskHeatmap For(OccupationScore score, SeniorityModel seniority, ProModel pro)
    {
        var scale = pro.Heatmap;
        var classified = score.TaskSignal.Tasks.Select(seniority.Classify).ToList();
        var levels = Enum.GetValues<SeniorityLevel>();
        var totals = levels.ToDictionary(l => l, l => classified.Sum(t => seniority.LevelWeight(t, l)));
        var rows = classified
            .OrderBy(t => t.Task.IsRated ? 0 : 1)
            .ThenByDescending(t => t.Task.Contribution ?? 0)
            .ThenBy(t => t.Task.Task.TaskId)
            .Select(t => new HeatmapRow(t.Task, t.Tilt, levels
                .Select(level => new HeatmapCell(level,
                    totals[level] > 0 ? seniority.LevelWeight(t, level) / totals[level] : 0,
                    t.Task.Feasibility, scale.BinFor(t.Task.Feasibility)))
                .ToList()))
            .ToList();
        return new TaskHeatmap(rows, scale);
    }
}
