using System.Globalization;
using Jobpocalypse.Web.Pro;

namespace Jobpocalypse.Web.Reports;

/// <summary>One pivot path: where it leads, how close it is, its facts, the tasks that carry over and those to learn.</summary>
public sealed record PivotItem(
    string Title, string Url, string PaperHeading, string Overlap, string Closeness, IReadOnlyList<string> Facts,
    IReadOnlyList<string> CarryOver, IReadOnlyList<string> ToLearn)
{
    /// <summary>Said instead of a list when nothing is to learn.</summary>
    public string? NothingToLearn => ToLearn.Count == 0 ? "Every task of theirs has a close match here." : null;
}

/// <summary>Career pivot paths: related occupations with less of the work in AI's reach that share some tasks, ranked.</summary>
public sealed record ProPivotsSection(string Summary, string? None, IReadOnlyList<PivotItem> Paths, string Ranking, IReadOnlyList<string> Formulas)
{
    public const string Id = "pivot-paths";
    public const string Heading = ProText.PivotsTitle;
    public const string Lede = ProText.PivotLede;
    public const string CarryOverHeading = "Tasks that carry over";
    public const string ToLearnHeading = "Tasks to learn";
    public const string FormulasHeading = "How pivot paths are chosen";
    public static readonly ReportLink RankingLink = new("how", "/methodology#pro-pivots");

    public static ProPivotsSection Build(ProInsights p)
    {
        var rule = p.Snapshot.Model.Pro.Pivots;
        return new(
            ProText.PivotSummary(p),
            p.Pivots.Paths.Count == 0 ? ProText.PivotNone(p) : null,
            p.Pivots.Paths.Select((path, i) =>
            {
                var target = p.Snapshot.ByCode(path.Code);
                return new PivotItem(path.Title, target?.Url ?? "", $"{i + 1}. {path.Title} (SOC {target?.Occupation.SocCode ?? path.Code})",
                    path.OverlapShare.ToString("0.####", CultureInfo.InvariantCulture), ProText.Closeness(path),
                    [ProText.ScoreLine(path), ProText.WageLine(path), ProText.OutlookLine(path), ProText.EducationLine(path)],
                    path.CarryOver.Select(ProText.CarryOver).ToList(), path.ToLearn.Select(ProText.ToLearn).ToList());
            }).ToList(),
            $"Ranking: {rule.Formulas.Single(f => f.Name == "Rank value").Formula}",
            ProReport.Formulas(rule.Formulas));
    }
}
