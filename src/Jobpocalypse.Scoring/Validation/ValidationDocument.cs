using System.Globalization;
using System.Text;

namespace Jobpocalypse.Scoring.Validation;

/// <summary>Writes the validation report as Markdown (docs/validation.md); a test compares the committed file with this output.</summary>
public static class ValidationDocument
{
    public static string Markdown(ValidationReport r)
    {
        var inv = CultureInfo.InvariantCulture;
        string N(double v) => v.ToString("0.###", inv);
        string P(double v) => (v * 100).ToString("0.#", inv) + "%";
        var sb = new StringBuilder();
        sb.AppendLine("# Validation").AppendLine();
        sb.AppendLine("<!-- Generated from the data by ValidationDocument; a test fails when this file and the code disagree.");
        sb.AppendLine("     Regenerate: UPDATE_VALIDATION=1 dotnet test tests/Jobpocalypse.Web.Tests --filter ValidationDocument -->").AppendLine();
        sb.AppendLine($"{r.Rated} rated occupations. Spearman rank correlation of the overall score with:").AppendLine();
        sb.AppendLine("| measure | ρ | occupations |").AppendLine("|---|---|---|");
        foreach (var c in r.Correlations) sb.AppendLine($"| {c.Against} | {(c.Rho is { } rho ? N(rho) : "—")} | {c.Count} |");
        sb.AppendLine();
        sb.AppendLine($"- Overall band = band of what AI can do (the evidence): {P(r.SameBandAsEvidence)} of rated occupations.");
        sb.AppendLine($"- Overall band = band of the task signal alone: {P(r.SameBandAsTasks)}.");
        sb.AppendLine($"- Occupations whose market adjustment was limited to keep the evidence's band: {r.LimitedByBand}.").AppendLine();
        sb.AppendLine("## How many occupations each signal moves across a band").AppendLine();
        sb.AppendLine("Occupations whose band would differ if the signal were left out (its weight going to the rest of its group).").AppendLine();
        sb.AppendLine("| signal | occupations moved | of rated |").AppendLine("|---|---|---|");
        foreach (var e in r.SignalEffects) sb.AppendLine($"| {e.Name} | {e.Moved} | {e.Rated} |");
        void List(string title, IReadOnlyList<RankedOccupation> list)
        {
            sb.AppendLine().AppendLine($"## {title}").AppendLine();
            sb.AppendLine("| occupation | code | overall | band |").AppendLine("|---|---|---|---|");
            foreach (var o in list) sb.AppendLine($"| {o.Title} | {o.Code} | {ScoreRounding.Shown(o.Score).ToString("0", inv)} | {o.Band} |");
        }
        List($"Top {ValidationReport.ListLength}", r.Top);
        List($"Bottom {ValidationReport.ListLength}", r.Bottom);
        sb.AppendLine().AppendLine("## Largest rank moves between the task signal alone and the overall score").AppendLine();
        sb.AppendLine("Rank 1 = most exposed. A positive move means the occupation ranks higher (more exposed) overall than on its tasks alone.").AppendLine();
        sb.AppendLine("| occupation | code | task signal | rank | overall | rank | move |").AppendLine("|---|---|---|---|---|---|---|");
        foreach (var m in r.LargestMoves)
            sb.AppendLine($"| {m.Title} | {m.Code} | {m.TaskSignal.ToString("0.0", inv)} | {m.TaskRank} | {m.Overall.ToString("0.0", inv)} | {m.OverallRank} | {m.Move:+0;−0;0} |");
        return sb.ToString();
    }
}
