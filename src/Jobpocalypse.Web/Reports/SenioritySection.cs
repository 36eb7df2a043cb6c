using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Reports;

/// <summary>A group of seniority drivers: the tasks that weigh more at one end, or the sentence saying there are none.</summary>
public sealed record DriverGroup(string Heading, string? None, IReadOnlyList<(string Text, string Note)> Tasks);

/// <summary>What AI can do at each seniority level: bars, table, the category's curve and the tasks that drive it.</summary>
public sealed record SenioritySection(string Lede, string? NotRated)
{
    public const string Id = "seniority";
    public const string Heading = "By seniority";

    public string ChartTitle { get; } = "Scores by seniority; the table below gives the same figures.";
    public IReadOnlyList<ChartBar> Chart { get; init; } = [];
    public ReportTable? Levels { get; init; }
    public string? Curve { get; init; }
    public IReadOnlyList<DriverGroup> Drivers { get; init; } = [];
    public string Explanation { get; init; } = "";
    public ReportLink MethodLink { get; } = new("The markers and the formula", "/methodology#seniority");

    public static SenioritySection Build(OccupationEntry e, ReferenceSnapshot snapshot)
    {
        const string lede = "A multiplicative adjustment of what AI can do, computed from this occupation's own tasks. It is a model, not a measurement.";
        var s = e.Score;
        if (s.Seniority is not { } profile) return new(lede, "Not rated: there is no score to adjust.");
        PaletteRole[] fills = [PaletteRole.LevelEntry, PaletteRole.LevelMid, PaletteRole.LevelSenior];
        return new(lede, null)
        {
            Chart = s.Levels.Select((l, i) => new ChartBar(Display.Level(l.Level), l.Score, Display.Score(l.Score), fills[i % fills.Length])).ToList(),
            Levels = new ReportTable("seniority-table", "What AI can do by seniority level",
                [new("Level", 0.3), ReportColumn.Number("Task signal at this level", 0.3), ReportColumn.Number("Multiplier", 0.2), ReportColumn.Number("Score", 0.2)],
                profile.Levels.Select(l => new ReportCell[] { Display.Level(l.Level), Display.Points(l.TaskSignal), Display.Multiplier(l.Multiplier), Display.Score(l.Score) }).ToList()),
            Curve = snapshot.CurveOf(e.Occupation.CategoryCode) is { } curve
                ? $"The {e.Category.ShortTitle} curve, the mean of its {curve.Occupations} rated occupations' own curves: " +
                  $"{Display.Multiplier(curve.Entry)} / {Display.Multiplier(curve.Mid)} / {Display.Multiplier(curve.Senior)}."
                : null,
            Drivers =
            [
                Group(profile, SeniorityTilt.Entry, "Tasks that weigh more at entry level", "No task of this occupation reads as entry-level work."),
                Group(profile, SeniorityTilt.Senior, "Tasks that weigh more at senior level", "No task of this occupation reads as senior-level work."),
            ],
            Explanation = snapshot.Model.Seniority.Explanation,
        };
    }

    private static DriverGroup Group(SeniorityProfile profile, SeniorityTilt tilt, string heading, string none)
    {
        var drivers = profile.Drivers(tilt);
        return new(heading, drivers.Count == 0 ? none : null,
            drivers.Select(d => (d.Task.Task.Text, $"(score {Display.Score(d.Task.Feasibility)}, marker “{d.Marker}”)")).ToList());
    }
}
