using System.Globalization;
using System.Text;
using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring;

/// <summary>
/// Writes the scoring model as Markdown (docs/methodology.md). A test compares the committed file with this
/// output, so the document in the repository always states the constants the code uses.
/// </summary>
public static class MethodologyDocument
{
    public static string Markdown(ScoringModel m)
    {
        var inv = CultureInfo.InvariantCulture;
        string N(double v) => v.ToString("0.##", inv);
        var sb = new StringBuilder();
        sb.AppendLine("# Methodology").AppendLine();
        sb.AppendLine("<!-- Generated from ScoringModel.Default by MethodologyDocument; a test fails when this file and the code disagree.");
        sb.AppendLine("     Regenerate: UPDATE_METHODOLOGY=1 dotnet test tests/Jobpocalypse.Scoring.Tests -->").AppendLine();

        sb.AppendLine("## Task feasibility").AppendLine();
        sb.AppendLine($"feasibility = {N(m.TaskFormula.ExposureShare)} × exposure value + {N(m.TaskFormula.AutomationShare)} × automation value (0–100)").AppendLine();
        sb.AppendLine("| exposure label | value | meaning |").AppendLine("|---|---|---|");
        foreach (var l in m.ExposureLabels) sb.AppendLine($"| {l.Label} {l.Name} | {N(l.Value)} | {l.Meaning} |");
        sb.AppendLine().AppendLine("| automation label | value | meaning |").AppendLine("|---|---|---|");
        foreach (var l in m.AutomationLabels) sb.AppendLine($"| {l.Label} {l.Name} | {N(l.Value)} | {l.Meaning} |");
        sb.AppendLine().AppendLine("A task with no label is not rated: shown, never imputed, never counted.").AppendLine();
        sb.AppendLine("Task weights: " + string.Join("; ", m.TaskWeights.Select(w => w.Label)) + ".");
        sb.AppendLine("Task signal = Σ weight × feasibility ÷ Σ weight over rated tasks; a task's contribution is its term of that sum.");
        sb.AppendLine("An occupation with no rated task has no score (not rated).").AppendLine();

        sb.AppendLine("## What AI can do (evidence)").AppendLine();
        sb.AppendLine("| signal | weight | source | as of | freshness | conversion |").AppendLine("|---|---|---|---|---|---|");
        foreach (var s in m.Signals.Where(s => s.Group == SignalGroup.Evidence))
            sb.AppendLine($"| {s.Name} | {(s.Kind == SignalKind.Tasks ? "rated task weight" : N(s.Weight))} | {s.Source} | {s.AsOf} | {s.Freshness} | {s.Conversion} |");
        sb.AppendLine().AppendLine("What AI can do = Σ weight × value ÷ Σ weight over the evidence signals with a value. The task signal weighs the "
            + "occupation's rated task weight, the others their fixed weight in the same units, so they count most when few tasks are "
            + "rated and fade as rated task weight grows: with W the rated task weight, the prior's share is "
            + $"{N(m.Signal(SignalKind.AiExposurePrior).Weight)} ÷ (W + {N(m.Signal(SignalKind.AiExposurePrior).Weight + m.Signal(SignalKind.ObservedUse).Weight)}) when all three have values.").AppendLine();
        sb.AppendLine("- AI exposure prior = mid-rank percentile of the occupation's LM-AIOE (mean over its SOC 2010 codes) in the published LM-AIOE population.");
        sb.AppendLine("- Observed AI use = 100 × the AI applicability score of the occupation's SOC code (Tomlinson et al. 2025): how much of the "
            + "occupation's work activities people already do with a consumer LLM, how often successfully and how broadly. It measures use, not replacement.").AppendLine();

        var mk = m.Market;
        sb.AppendLine("## Market adjustment").AppendLine();
        sb.AppendLine(mk.Explanation).AppendLine();
        sb.AppendLine("| signal | share | source | as of | freshness | conversion |").AppendLine("|---|---|---|---|---|---|");
        foreach (var s in m.Signals.Where(s => s.Group == SignalGroup.Market))
            sb.AppendLine($"| {s.Name} | {N(s.Weight)} | {s.Source} | {s.AsOf} | {s.Freshness} | {s.Conversion} |");
        sb.AppendLine().AppendLine($"Market adjustment = {N(mk.MaxPoints)} × (Σ share × value ÷ Σ share over the market signals with a value − {N(mk.Neutral)}) ÷ {N(mk.Neutral)}, "
            + $"so it lies within ±{N(mk.MaxPoints)} points. Overall = what AI can do + the adjustment, kept inside the band of what AI can do.").AppendLine();
        sb.AppendLine($"- Outlook = clamp({N(m.Outlook.Neutral)} − {N(m.Outlook.PointsPerPercent)} × projected % change 2024–34, 0, 100).");
        var c = m.CredentialTrend;
        sb.AppendLine($"- Credential trend = clamp({N(c.Neutral)} + {N(c.PointsPerLevel)} × entry-education levels fallen − {N(c.PointsPerWagePoint)} × (wage growth − median occupation's wage growth, % points), 0, 100).");
        sb.AppendLine("- Demand: no source; pending.").AppendLine();
        sb.AppendLine("| BLS entry education | order | value |").AppendLine("|---|---|---|");
        foreach (var e in m.EducationLevels) sb.AppendLine($"| {e.BlsWording} | {e.Rank} | {N(e.Value)} |");

        var v = m.Verdicts;
        sb.AppendLine().AppendLine("## Bands and verdicts").AppendLine();
        sb.AppendLine($"The band follows the overall score as shown (rounded). The verdict also reads the task table: the spread is broad when at least "
            + $"{N(v.BroadShare * 100)}% of the rated task weight scores {N(v.Mark)} or more, narrow when at least {N(v.BroadShare * 100)}% scores below {N(v.Mark)}, "
            + "mixed otherwise. No verdict that says central parts of the job need a person stands above a broad table, and none that says most of the work "
            + "is within reach stands above a narrow one.").AppendLine();
        sb.AppendLine("| band | from | broad | mixed | narrow |").AppendLine("|---|---|---|---|---|");
        foreach (var b in m.Bands) sb.AppendLine($"| {b.Name} | {N(b.Min)} | {b.Broad.Text} | {b.Mixed.Text} | {b.Narrow.Text} |");

        var sen = m.Seniority;
        sb.AppendLine().AppendLine("## Seniority").AppendLine();
        sb.AppendLine(sen.Explanation).AppendLine();
        sb.AppendLine($"- Time share of a task at a level = its weight × {N(sen.Emphasis)} where it concentrates, ÷ {N(sen.Emphasis)} at the opposite level, × 1 otherwise and at mid level.");
        sb.AppendLine("- Level score = clamp(what AI can do × level task signal ÷ mid-level task signal, 0, 100).");
        sb.AppendLine("- A task matching markers of both kinds, or of neither, counts evenly. Markers use the pattern syntax of the tool catalogue (word* = any word starting so; a + b = both anywhere).");
        sb.AppendLine($"- Entry markers: {string.Join(", ", sen.EntryMarkers)}.");
        sb.AppendLine($"- Senior markers: {string.Join(", ", sen.SeniorMarkers)}.");

        sb.AppendLine().AppendLine("## Related").AppendLine();
        sb.AppendLine($"Up to {m.Related.Count} occupations. {m.Related.Explanation}").AppendLine();

        AppendEditorial(sb, m, N);
        AppendPro(sb, m.Pro, N);
        return sb.ToString();
    }

    private static void AppendEditorial(StringBuilder sb, ScoringModel m, Func<double, string> N)
    {
        var l = m.EditorialLimits;
        sb.AppendLine().AppendLine("## Editorial analyses").AppendLine();
        sb.AppendLine("Some reports carry a full task analysis: the occupation's work as duties, in the terms the BLS " +
            "Occupational Outlook Handbook uses, each with what current AI does for it and what stays with a person.").AppendLine();
        sb.AppendLine("- Who: each analysis is drafted by an AI writing assistant (a large language model) working to a fixed written " +
            "brief, then reviewed in a second pass against the checklist below. The rules here bind both, and the dataset build " +
            "enforces every one that can be counted.");
        sb.AppendLine($"- How: the writer reads every O*NET task statement of the occupation with its labels and feasibility, and the " +
            $"Handbook profile's \"What they do\" text. Each analysis has {l.MinDuties} to {l.MaxDuties} duties; each duty names the " +
            $"O*NET tasks it covers, so its score and weight are computed from theirs, never typed in. Every rated task is under a duty " +
            $"or listed as not grouped with its reason (at least {l.MinReasonWords} words).");
        sb.AppendLine($"- Rationale: {l.MinRationaleWords} to {l.MaxRationaleWords} words of our own prose: what current AI systems " +
            "(language models, speech and document recognition, vision, scheduling and routing software, robots where they are in real " +
            "use) do for the duty today, and what stays with a person: the inputs they gather, the checks they make, the accountability " +
            "they carry, the physical or interpersonal part.");
        sb.AppendLine("- Not allowed: statistics or figures, vendor or product names, predictions about the future, claims a reader " +
            "cannot check, and text copied or closely paraphrased from O*NET, the Handbook or anywhere else.");
        sb.AppendLine("- Evidence: a duty may quote one passage of the Handbook's \"What they do\" text for the occupation's own profile, " +
            "verbatim; where a profile covers several occupations, only a passage that fits this one.");
        sb.AppendLine("- Checks: the dataset build rejects an analysis that breaks any of these countable rules (task ids, coverage, " +
            "duty count, rationale length, digits, vendor names, verbatim quotes, stance). A second reader reviews each analysis against " +
            "a written checklist (coverage of the occupation's tasks, stance against score, no unverifiable claims, plain language, no " +
            "copied text) and records what changed; the report gives the date of the last review.").AppendLine();
        sb.AppendLine("A duty's stance follows from its score (the weighted mean feasibility of the rated O*NET tasks it covers, as " +
            "shown, rounded), so the words beside a duty cannot contradict its number:").AppendLine();
        sb.AppendLine("| stance | id | from score |").AppendLine("|---|---|---|");
        foreach (var s in m.EditorialStances) sb.AppendLine($"| {s.Label} | {s.Id} | {N(s.Min)} |");
        sb.AppendLine($"| {m.EditorialNotRated.Label} | {m.EditorialNotRated.Id} | no rated task |");
    }

    private static void AppendPro(StringBuilder sb, ProModel pro, Func<double, string> N)
    {
        static void Formulas(StringBuilder sb, IEnumerable<FormulaText> formulas)
        {
            foreach (var f in formulas) sb.AppendLine($"- {f.Name}: {f.Formula}.");
            sb.AppendLine();
        }

        sb.AppendLine().AppendLine("## Pro features").AppendLine();

        var heatmap = pro.Heatmap;
        sb.AppendLine("### Task heatmap").AppendLine();
        sb.AppendLine(heatmap.Explanation).AppendLine();
        sb.AppendLine("A cell's colour is chosen from the task's feasibility as shown (a whole number). Text colours meet WCAG AA (contrast at least 4.5:1).").AppendLine();
        sb.AppendLine("| feasibility | name | fill | text | contrast |").AppendLine("|---|---|---|---|---|");
        foreach (var b in heatmap.Bins.Append(heatmap.NotRated))
            sb.AppendLine($"| {(b == heatmap.NotRated ? "no label" : b.Range)} | {b.Name} | {b.Fill} | {b.TextName} ({b.Text}) | {b.Contrast:0.0}:1 |");

        var pivots = pro.Pivots;
        var overlap = pivots.Overlap;
        sb.AppendLine().AppendLine("### Career pivot paths").AppendLine();
        Formulas(sb, pivots.Formulas);
        sb.AppendLine($"Overlap floor {N(pivots.OverlapFloor)}; the top {pivots.Count} paths are shown.").AppendLine();
        sb.AppendLine("| relation (as shown) | weight | meaning |").AppendLine("|---|---|---|");
        foreach (var r in pivots.Relations) sb.AppendLine($"| {r.Plain} | {N(r.Weight)} | {r.Meaning} |");
        sb.AppendLine().AppendLine("| closeness | task overlap at least | meaning |").AppendLine("|---|---|---|");
        foreach (var c in pivots.ClosenessWords) sb.AppendLine($"| {c.Words} | {(c.Min > 0 ? N(c.Min * 100) + "%" : "above 0")} | {c.Meaning} |");
        sb.AppendLine().AppendLine($"Each path lists up to {pivots.CarryOverCount} tasks that carry over and up to {pivots.ToLearnCount} tasks to learn.");
        sb.AppendLine().AppendLine("Task overlap, in detail:").AppendLine();
        sb.AppendLine($"- Each statement is read up to its first example marker ({string.Join(", ", overlap.ExampleMarkers.Select(x => $"\"{x}\""))}); "
            + $"its words are runs of letters, lower-cased; words shorter than {overlap.MinWordLength} letters and stop words are dropped.");
        sb.AppendLine($"- Stems: a word ending in {string.Join(", ", overlap.KeptEndings.Select(e => "-" + e))} is kept whole; otherwise the first of "
            + string.Join(", ", overlap.Suffixes.Select(x => x.Replacement.Length == 0 ? $"-{x.Suffix}" : $"-{x.Suffix} → -{x.Replacement}"))
            + $" that leaves at least {overlap.MinStemLength} letters is removed, then a final -e if as many remain.");
        sb.AppendLine("- Similarity of two tasks = shared stems ÷ √(stems of one × stems of the other) (cosine of the two stem sets).");
        sb.AppendLine($"- A task is shared when its best match among the other occupation's tasks has similarity ≥ {N(overlap.Threshold)}.");
        sb.AppendLine($"- Calibration: {overlap.Calibration}");
        sb.AppendLine($"- Stop words: {string.Join(", ", overlap.StopWords.Order(StringComparer.Ordinal))}.");

        var wages = pro.Wages;
        sb.AppendLine().AppendLine("### Wage impact").AppendLine();
        sb.AppendLine($"{wages.Explanation} {wages.Range}").AppendLine();
        Formulas(sb, wages.Formulas);

        var tools = pro.Tools;
        sb.AppendLine("### AI tool recommendations").AppendLine();
        sb.AppendLine($"Up to {tools.TopTaskCount} tasks are considered, each with feasibility at least {N(tools.MinFeasibility)}. "
            + "The tool categories, their lines on what each does and what the worker still checks, and their patterns are editorial data (data/editorial/tools/ai-tools.json); they name kinds of tools, never vendors.").AppendLine();
        Formulas(sb, tools.Formulas);
    }
}
