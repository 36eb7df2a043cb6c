using System.Globalization;
using AngleSharp.Dom;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Tests.Pages.Occupations;

/// <summary>
/// What a careful reader checks on one rendered report: the verdict against the task table beneath it, the outlook phrase
/// against the percentage beside it, and the observed-use section against the data. Reads the page, not the scoring objects.
/// </summary>
internal static class ReportConsistency
{
    public static IEnumerable<string> Problems(IDocument doc, OccupationEntry entry, ScoringModel model)
    {
        var url = entry.Url;

        // Rule of the report: the verdict may not contradict the spread of the task table the reader sees.
        var verdictText = doc.QuerySelector("[data-testid=verdict]")?.TextContent.Trim() ?? "";
        var verdict = model.Bands.SelectMany(b => new[] { b.Broad, b.Mixed, b.Narrow }).FirstOrDefault(v => v.Text == verdictText);
        var rows = doc.QuerySelectorAll("[data-testid=task-table] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Where(cells => cells[1] != "not rated")
            .Select(cells => (Score: double.Parse(cells[1], CultureInfo.InvariantCulture), Weight: double.Parse(cells[2], CultureInfo.InvariantCulture)))
            .ToList();
        if (rows.Count > 0)
        {
            if (verdict is null) yield return $"{url}: verdict '{verdictText}' is not one of the model's";
            else
            {
                double share = rows.Where(r => r.Score >= model.Verdicts.Mark).Sum(r => r.Weight) / rows.Sum(r => r.Weight);
                if (model.Verdicts.Contradicts(verdict.Claim, share))
                    yield return $"{url}: verdict '{verdictText}' ({verdict.Claim}) above a table with {share:P0} of its weight at {model.Verdicts.Mark} or more";
            }
            var band = doc.QuerySelector("[data-testid=band]")?.TextContent.Trim();
            var shown = doc.QuerySelector("[data-testid=overall-score]")?.FirstChild?.TextContent.Trim();
            if (shown is null || band != model.BandFor(double.Parse(shown, CultureInfo.InvariantCulture)).Name)
                yield return $"{url}: band {band} for a score of {shown}";
        }

        // The outlook phrase must be the one BLS's thresholds give for the percentage printed beside it.
        var outlook = doc.QuerySelectorAll("[data-testid=external-signals] li").FirstOrDefault(li => li.TextContent.Contains("BLS projected outlook"));
        var phrase = outlook?.QuerySelector("strong")?.TextContent.Trim();
        var pctText = outlook?.QuerySelector("span")?.TextContent;
        if (phrase is not null && pctText is not null && pctText.Contains('%'))
        {
            var number = pctText.TrimStart('(').Split('%')[0].Replace('−', '-');
            var pct = double.Parse(number, CultureInfo.InvariantCulture);
            if (BlsOutlook.Wording(pct) != phrase) yield return $"{url}: outlook '{phrase}' beside {pct}%";
        }

        // Observed use: shown with its activities where the study has the SOC code, said to be missing elsewhere.
        bool hasData = entry.Score.Signal(SignalKind.ObservedUse).IsAvailable && entry.WorkActivities.Count > 0;
        if (hasData && doc.QuerySelectorAll("[data-testid=observed-use-table] tbody tr").Length == 0)
            yield return $"{url}: observed use without its activities";
        if (!hasData && doc.QuerySelector("[data-testid=observed-use-missing]") is null)
            yield return $"{url}: no observed-use data, and the page does not say so";
    }
}
