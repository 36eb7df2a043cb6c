using Jobpocalypse.Scoring.Pro;
using Jobpocalypse.Web.Pro;

namespace Jobpocalypse.Web.Reports;

/// <summary>
/// The four Pro sections of a report, built from one occupation's <see cref="ProInsights"/> (a Pro reader's page, the
/// /pro example and every PDF), with the sentences of <see cref="ProText"/>.
/// </summary>
public sealed record ProReport(ProHeatmapSection Heatmap, ProPivotsSection Pivots, ProWageSection Wage, ProToolsSection Tools)
{
    public static ProReport Build(ProInsights insights) =>
        new(ProHeatmapSection.Build(insights), ProPivotsSection.Build(insights), ProWageSection.Build(insights), ProToolsSection.Build(insights));

    /// <summary>A rule's formulas in words, as the methodology page lists them: "Name: formula."</summary>
    public static IReadOnlyList<string> Formulas(IReadOnlyList<FormulaText> formulas) => formulas.Select(f => $"{f.Name}: {f.Formula}.").ToList();
}
