using System.Globalization;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Pro;

namespace Jobpocalypse.Web.Reports;

/// <summary>Wage impact: the share of work time AI can do by level, the pay that goes with it, and how it compares.</summary>
public sealed record ProWageSection(
    string Share, string ObservedUse, string Pay, ReportTable? Levels, string Notes, string Comparison, ReportTable? Groups, IReadOnlyList<string> Formulas)
{
    public const string Id = "wage-impact";
    public const string Heading = ProText.WageTitle;
    public const string Lede = ProText.WageLede;
    public const string FormulasHeading = "How these figures are computed";
    public static readonly ReportLink FormulasLink = new("Every formula", "/methodology#pro-wages");

    public static ProWageSection Build(ProInsights p)
    {
        var rule = p.Snapshot.Model.Pro.Wages;
        var wage = p.Wage;
        var levels = wage.ByLevel.Count == 0 ? null : new ReportTable("wage-table",
            "Share of work time AI can do by level: expected, its range, the GPT-4 and human exposure readings, and the pay that goes with the expected share",
            [new("Level", 0.16), ReportColumn.Number("Expected share", 0.16), ReportColumn.Number("Range", 0.2), ReportColumn.Number("GPT-4 label", 0.15),
             ReportColumn.Number("Human label", 0.15), ReportColumn.Number("Pay with the share", 0.18)],
            wage.ByLevel.Select(l => new ReportCell[]
            {
                Display.Level(l.Level), ProText.Pct(l.Expected), ProText.Range(l.Low, l.High), ProText.Pct(l.Gpt4Exposure),
                ProText.Pct(l.HumanExposure), Display.LargeDollars(wage.Pay(l.Expected)),
            }).ToList());
        var groups = p.Comparison is not { } cmp ? null : new ReportTable("wage-comparison", "Compared with other occupations (employment-weighted, mid level)",
            [new("Group", 0.3), ReportColumn.Number("Occupations", 0.13), ReportColumn.Number("Mean expected share", 0.15),
             ReportColumn.Number("Mean pay with the share", 0.2), ReportColumn.Number("This occupation's percentile (occupations / workers)", 0.22)],
            new[] { (p.Entry.Category.ShortTitle, cmp.Category), ("All occupations", cmp.All) }
                .Where(x => x.Item2 is not null)
                .Select(x => new ReportCell[]
                {
                    x.Item1, x.Item2!.OccupationCount.ToString(CultureInfo.InvariantCulture), ProText.Pct(x.Item2.MeanExpectedShare),
                    Display.LargeDollars(x.Item2.MeanPay),
                    $"{x.Item2.PercentileOfOccupations.ToString("0", CultureInfo.InvariantCulture)} / {x.Item2.PercentileOfWorkers.ToString("0", CultureInfo.InvariantCulture)}",
                }).ToList());
        return new(ProText.ShareSentence(p), ProText.ObservedUse(p), ProText.PaySentence(p), levels,
            $"{rule.Explanation} {rule.Range} {ProText.HumanLabels(p)}", ProText.Comparison(p), groups, ProReport.Formulas(rule.Formulas));
    }
}
