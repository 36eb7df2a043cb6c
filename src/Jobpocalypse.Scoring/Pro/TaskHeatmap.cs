namespace Jobpocalypse.Scoring.Pro;

/// <summary>A task's feasibility at one seniority level: clamp(feasibility × multiplier, 0, 100); null when not rated.</summary>
public sealed record HeatmapCell(SeniorityLevel Level, double Multiplier, double? Feasibility, HeatmapBin Bin);

/// <summary>One task of the heatmap: its score (weight, contribution) and a cell per seniority level.</summary>
public sealed record HeatmapRow(TaskScore Task, IReadOnlyList<HeatmapCell> Cells)
{
    public HeatmapCell Cell(SeniorityLevel level) => Cells.Single(c => c.Level == level);
}

/// <summary>
/// Every task of an occupation by seniority level, most contributing first and not-rated tasks last, with the
/// colour scale (<see cref="Legend"/>) that both the SVG and its legend are drawn from.
/// </summary>
public sealed record TaskHeatmap(IReadOnlyList<HeatmapRow> Rows, HeatmapScale Scale)
{
    public IReadOnlyList<HeatmapBin> Legend => [.. Scale.Bins, Scale.NotRated];

    public static TaskHeatmap For(OccupationScore score, ProModel pro)
    {
        var scale = pro.Heatmap;
        var rows = score.TaskSignal.Tasks
            .OrderBy(t => t.IsRated ? 0 : 1)
            .ThenByDescending(t => t.Contribution ?? 0)
            .ThenBy(t => t.Task.TaskId)
            .Select(t => new HeatmapRow(t, Enum.GetValues<SeniorityLevel>()
                .Select(level =>
                {
                    double multiplier = score.Seniority?.Multiplier(level) ?? 1;
                    double? feasibility = LevelFeasibility(t.Feasibility, multiplier);
                    return new HeatmapCell(level, multiplier, feasibility, scale.BinFor(feasibility));
                })
                .ToList()))
            .ToList();
        return new TaskHeatmap(rows, scale);
    }

    /// <summary>A task's feasibility at a seniority level, the same rule as the level scores: clamp(f × multiplier, 0, 100).</summary>
    public static double? LevelFeasibility(double? feasibility, double multiplier) =>
        feasibility is { } f ? SignalConversions.Clamp(f * multiplier) : null;
}
