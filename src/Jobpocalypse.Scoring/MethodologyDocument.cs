using System.Globalization;
using System.Text;

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
        sb.AppendLine("Task weights: " + string.Join(", ", m.TaskWeights.Select(w => $"{w.Key} {w.Value}")) + ".");
        sb.AppendLine("Task signal = Σ weight × feasibility ÷ Σ weight over rated tasks; a task's contribution is its term of that sum.");
        sb.AppendLine("An occupation with no rated task has no overall score (not rated).").AppendLine();

        sb.AppendLine("## Signals").AppendLine();
        sb.AppendLine("| signal | weight | source | as of | freshness | conversion |").AppendLine("|---|---|---|---|---|---|");
        foreach (var s in m.Signals) sb.AppendLine($"| {s.Name} | {N(s.Weight)} | {s.Source} | {s.AsOf} | {s.Freshness} | {s.Conversion} |");
        sb.AppendLine().AppendLine("Overall = Σ weight × value ÷ Σ weight over the signals with a value: a missing signal's weight is shared out in proportion.").AppendLine();
        sb.AppendLine($"- Outlook = clamp({N(m.Outlook.Neutral)} − {N(m.Outlook.PointsPerPercent)} × projected % change 2024–34, 0, 100).");
        sb.AppendLine("- AI exposure prior = mid-rank percentile of the occupation's LM-AIOE (mean over its SOC 2010 codes) in the published LM-AIOE population.");
        var c = m.CredentialTrend;
        sb.AppendLine($"- Credential trend = clamp({N(c.Neutral)} + {N(c.PointsPerLevel)} × entry-education levels fallen − {N(c.PointsPerWagePoint)} × (wage growth − median occupation's wage growth, % points), 0, 100).");
        sb.AppendLine("- Demand: no source; pending.").AppendLine();
        sb.AppendLine("| BLS entry education | order | value |").AppendLine("|---|---|---|");
        foreach (var e in m.EducationLevels) sb.AppendLine($"| {e.BlsWording} | {e.Rank} | {N(e.Value)} |");

        sb.AppendLine().AppendLine("## Bands").AppendLine();
        sb.AppendLine("| band | from | verdict |").AppendLine("|---|---|---|");
        foreach (var b in m.Bands) sb.AppendLine($"| {b.Name} | {N(b.Min)} | {b.Verdict} |");

        sb.AppendLine().AppendLine("## Seniority").AppendLine();
        sb.AppendLine("Level score = clamp(overall × multiplier, 0, 100).").AppendLine();
        sb.AppendLine("| SOC major group | entry | mid | senior | why |").AppendLine("|---|---|---|---|---|");
        foreach (var (code, curve) in m.SeniorityCurves.OrderBy(k => k.Key, StringComparer.Ordinal))
            sb.AppendLine($"| {code} | {N(curve.Entry)} | {N(curve.Mid)} | {N(curve.Senior)} | {curve.Rationale} |");
        sb.AppendLine($"| other | {N(m.DefaultCurve.Entry)} | {N(m.DefaultCurve.Mid)} | {N(m.DefaultCurve.Senior)} | {m.DefaultCurve.Rationale} |");

        sb.AppendLine().AppendLine("## Related").AppendLine();
        sb.AppendLine($"The {m.RelatedCount} rated occupations of the same SOC major group with the closest overall scores (ties by code).");
        return sb.ToString();
    }
}
