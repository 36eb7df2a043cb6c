using Jobpocalypse.Scoring;
using Jobpocalypse.Scoring.Pro;
using Jobpocalypse.Web.Infrastructure;

namespace Jobpocalypse.Web.Pro;

/// <summary>
/// Every sentence of the Pro sections, built once for the page (_ProSections.cshtml) and the PDF (PdfProSections) so both
/// say the same thing, and so one test can read every sentence of every occupation (<see cref="All"/>).
/// Task statements are quoted with <see cref="Display.Quoted"/>, which drops their own full stop.
/// </summary>
public static class ProText
{
    public const string HeatmapTitle = "Task heatmap";
    public const string PivotsTitle = "Career pivot paths";
    public const string WageTitle = "Wage impact analysis";
    public const string ToolsTitle = "AI tool recommendations";
    public const string HeatmapLede = "Which tasks fill an entry-level, a mid-level and a senior worker's time, coloured by how much of each task current AI can do.";
    public const string PivotLede = "Related occupations where less of the work is within AI's reach and some of your tasks carry over, ranked.";
    public const string WageLede = "How much of the work time current AI can do, by seniority, and the pay that goes with that share.";
    public const string ToolLede = "The kinds of AI tool that do this occupation's most exposed tasks today, tied to the tasks they serve.";
    public const string ToolNote = "Kinds of tool, not products: we name no vendors. The catalogue is editorial and matched to task statements by keyword.";

    public static string Pct(double? share) => share is { } s ? Display.Percent(s) : "—";

    /// <summary>"41.2%–63.5%", or one figure when both ends show the same.</summary>
    public static string Range(double low, double high) => Pct(low) == Pct(high) ? Pct(low) : $"{Pct(low)}–{Pct(high)}";

    public static string DollarRange(double? low, double? high) =>
        Display.LargeDollars(low) == Display.LargeDollars(high) ? Display.LargeDollars(low) : $"{Display.LargeDollars(low)}–{Display.LargeDollars(high)}";

    public static string TiltWords(SeniorityTilt tilt) => tilt switch
    {
        SeniorityTilt.Entry => "more of entry-level time",
        SeniorityTilt.Senior => "more of senior time",
        _ => "the same share at every level",
    };

    public static string PivotSummary(ProInsights p)
    {
        var plan = p.Pivots;
        return $"Of {plan.CandidateCount} related occupations considered, {plan.LowerCount} score lower than this one and " +
            $"{plan.LowerCount - plan.NoOverlapCount} of those share at least one task with it; the best {plan.Paths.Count} are shown.";
    }

    public static string PivotNone(ProInsights p) => p.Pivots.LowerCount == 0
        ? "No related occupation scores lower than this one."
        : "No lower-scoring related occupation shares a task with this one, so no pivot is shown.";

    public static string Closeness(PivotPath path) =>
        $"{path.Closeness.Words}: {path.Overlap.SharedCount} of this occupation's {path.Overlap.Matches.Count} tasks {(path.Overlap.SharedCount == 1 ? "has" : "have")} a close match " +
        $"({Pct(path.OverlapShare)} of the task weight). {path.Relation.Plain}.";

    public static string ScoreLine(PivotPath path) =>
        $"Score {Display.Score(path.Score)}, {Display.Points(path.Drop)} points lower than this occupation.";

    public static string WageLine(PivotPath path) => path.WageChange is { } w
        ? $"Median wage {Display.Dollars(path.Candidate.MedianWage)}, {(w >= 0 ? "+" : "−")}{Display.Dollars(Math.Abs(w))} ({Display.SignedPercent(path.WageChangePct)})."
        : $"Median wage {Display.Dollars(path.Candidate.MedianWage)}; no comparison, as one of the two wages is not published.";

    public static string OutlookLine(PivotPath path) => path.Candidate.ChangePct is { } c
        ? $"Outlook {(path.Candidate.OutlookWording ?? BlsOutlook.Wording(c)).ToLowerInvariant()} ({Display.SignedPercent(c)} to 2034)" +
          (path.OutlookChange is not null ? $", against {Display.SignedPercent(path.Candidate.ChangePct - path.OutlookChange)} for this occupation." : ".")
        : "No BLS projection for this occupation.";

    public static string EducationLine(PivotPath path) => path.Education switch
    {
        { Levels: 0 } e => $"Same entry education: {e.To}.",
        { Levels: > 0 } e => $"Asks more schooling: {e.To} (this occupation: {e.From}).",
        { Levels: < 0 } e => $"Asks less schooling: {e.To} (this occupation: {e.From}).",
        { To: { } to } => $"Entry education: {to}.",
        _ => "Entry education not published.",
    };

    public static string CarryOver(TaskMatch m) => $"{Display.Quoted(m.Task.Text)}, matching their {Display.Quoted(m.BestMatch!)}.";
    public static string ToLearn(string statement) => Display.Quoted(statement).Trim('“', '”') + ".";

    public static string ShareSentence(ProInsights p)
    {
        var w = p.Wage;
        if (w.Typical is not { } mid) return "No task of this occupation is rated, so no share is computed.";
        var entry = w.Level(SeniorityLevel.Entry)!;
        var senior = w.Level(SeniorityLevel.Senior)!;
        return $"Current AI can do an expected {Pct(mid.Expected)} of a mid-level worker's time in this occupation " +
            $"(range {Range(mid.Low, mid.High)}), {Pct(entry.Expected)} of an entry-level worker's and {Pct(senior.Expected)} of a senior's.";
    }

    public static string HumanLabels(ProInsights p) => p.Wage.HumanLabelledCount == 0
        ? "The human raters did not label this occupation's tasks, so the range rests on GPT-4's labels."
        : $"The human raters labelled {p.Wage.HumanLabelledCount} of this occupation's {p.Entry.Score.TaskSignal.Tasks.Count} tasks.";

    public static string ObservedUse(ProInsights p) => p.Wage.ObservedUse is { } u
        ? $"Beside it, observed use: this occupation's AI applicability score is {u.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} " +
          "(Tomlinson et al. 2025), a measure of how much people already use a consumer AI assistant for its work activities and how well. It measures use, not replacement."
        : "Beside it, observed use: Tomlinson et al. (2025) publish no AI applicability score for this occupation.";

    public static string PaySentence(ProInsights p)
    {
        var w = p.Wage;
        if (w.Typical is not { } mid) return "No share, so no pay figure.";
        if (w.Wage.MedianWage is not { } median) return "BLS publishes no median wage for this occupation, so no pay figure is computed.";
        var pay = $"At the median wage of {Display.Dollars(median)}, that share goes with {Display.LargeDollars(w.Pay(mid.Expected))} of a worker's " +
            $"annual pay (range {DollarRange(w.Pay(mid.Low), w.Pay(mid.High))})";
        return w.WageBill(mid.Expected) is { } bill
            ? $"{pay}, and with {Display.LargeDollars(bill)} of the occupation's wage bill (range {DollarRange(w.WageBill(mid.Low), w.WageBill(mid.High))}), an approximation."
            : $"{pay}. BLS publishes no employment figure for it, so no wage bill is computed.";
    }

    public static string Comparison(ProInsights p)
    {
        if (p.Comparison is not { } c || p.Wage.ExpectedShare is null) return "No comparison: this occupation has no rated task.";
        var parts = new List<string>();
        if (c.Category is { } cat)
            parts.Add($"{p.Entry.Category.ShortTitle} average {Pct(cat.MeanExpectedShare)} (percentile {cat.PercentileOfOccupations:0} of its {cat.OccupationCount} occupations)");
        if (c.All is { } all)
            parts.Add($"all occupations average {Pct(all.MeanExpectedShare)} (percentile {all.PercentileOfOccupations:0} of {all.OccupationCount}, {all.PercentileOfWorkers:0} by workers)");
        return parts.Count == 0 ? "No comparison: no occupation of the group has BLS wage and employment figures." : $"Compared with others, employment-weighted: {string.Join("; ", parts)}.";
    }

    public static string ToolDoes(ToolCoverage c) => $"What it does: {c.Category.Why}";
    public static string ToolChecks(ToolCoverage c) => $"What you still check: {c.Category.Checks}";
    public static string ToolTask(TaskScore t) => $"{Display.Quoted(t.Task.Text).Trim('“', '”')} (feasibility {Display.Score(t.Feasibility)}).";

    public static string ToolsNone(ProInsights p) =>
        $"None of this occupation's tasks reaches a feasibility of {Display.Number(p.Snapshot.Model.Pro.Tools.MinFeasibility)} with a matching kind of tool, so no tool is recommended.";

    /// <summary>Every generated sentence of one occupation's Pro sections, for the glitch test.</summary>
    public static IEnumerable<string> All(ProInsights p)
    {
        yield return HeatmapLede;
        yield return PivotLede;
        yield return WageLede;
        yield return ToolLede;
        yield return ToolNote;
        yield return PivotSummary(p);
        if (p.Pivots.Paths.Count == 0) yield return PivotNone(p);
        foreach (var path in p.Pivots.Paths)
        {
            yield return Closeness(path);
            yield return ScoreLine(path);
            yield return WageLine(path);
            yield return OutlookLine(path);
            yield return EducationLine(path);
            foreach (var m in path.CarryOver) yield return CarryOver(m);
            foreach (var t in path.ToLearn) yield return ToLearn(t);
        }
        yield return ShareSentence(p);
        yield return HumanLabels(p);
        yield return ObservedUse(p);
        yield return PaySentence(p);
        yield return Comparison(p);
        if (p.Tools.Categories.Count == 0) yield return ToolsNone(p);
        foreach (var c in p.Tools.Categories)
        {
            yield return ToolDoes(c);
            yield return ToolChecks(c);
            foreach (var t in c.Tasks) yield return ToolTask(t);
        }
    }
}
