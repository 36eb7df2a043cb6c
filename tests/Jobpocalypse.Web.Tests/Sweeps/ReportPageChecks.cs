using System.Globalization;
using AngleSharp.Dom;
using Jobpocalypse.Scoring;
using Jobpocalypse.Scoring.Pro;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Pages.Occupations;

namespace Jobpocalypse.Web.Tests.Sweeps;

/// <summary>What every report page must be, by kind of reader; each check returns its problems, empty when none.</summary>
internal static class ReportPageChecks
{
    /// <summary>Sections and markers that only a Pro reader's page may contain.</summary>
    private static readonly string[] ProOnly = ["[data-pro]", "#task-heatmap", "#pivot-paths", "#wage-impact", "#ai-tools"];
    private static readonly string[] ProSections = ["task-heatmap", "pivot-paths", "wage-impact", "ai-tools"];

    /// <summary>
    /// One h1 (the title), the canonical address, a description, the Pro call to action but none of the Pro content,
    /// and no contradiction (<see cref="ReportConsistency"/>).
    /// </summary>
    public static IEnumerable<string> Anonymous(IDocument doc, OccupationEntry entry, ScoringModel model)
    {
        var h1 = doc.QuerySelectorAll("h1");
        if (h1.Length != 1 || h1[0].TextContent.Trim() != entry.Title)
            yield return $"{entry.Url}: {h1.Length} h1 ({string.Join(" | ", h1.Select(h => h.TextContent.Trim()))})";
        var canonical = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        if (canonical != "http://localhost" + entry.Url) yield return $"{entry.Url}: canonical {canonical ?? "missing"}";
        if (string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")))
            yield return $"{entry.Url}: no meta description";
        foreach (var selector in ProOnly.Where(s => doc.QuerySelector(s) is not null)) yield return $"{entry.Url}: has Pro-only {selector}";
        if (doc.QuerySelector("nav a[href='/account/sign-in']") is null) yield return $"{entry.Url}: an anonymous reader gets a signed-in page";
        var ctas = doc.QuerySelectorAll("[data-testid=pro-cta]").Length;
        if (ctas != 1) yield return $"{entry.Url}: {ctas} Pro calls to action";
        foreach (var problem in ReportConsistency.Problems(doc, entry, model)) yield return problem;
    }

    /// <summary>A signed-in reader without Pro gets the offer and none of the Pro data.</summary>
    public static IEnumerable<string> Free(IDocument doc, OccupationEntry entry)
    {
        if (doc.QuerySelectorAll("[data-pro]").Length > 0) yield return $"{entry.Url}: a free reader gets Pro data";
        if (doc.QuerySelector("nav a[href='/account']") is null) yield return $"{entry.Url}: a free reader gets an anonymous page";
        if (doc.QuerySelector("[data-testid=pro-cta]") is null) yield return $"{entry.Url}: a free reader gets no Pro offer";
    }

    /// <summary>Every Pro section; every rendered sentence reads cleanly; every pivot shares work.</summary>
    public static IEnumerable<string> Pro(IDocument doc, OccupationEntry entry)
    {
        foreach (var id in ProSections.Where(id => doc.GetElementById(id) is null)) yield return $"{entry.Url}: a Pro reader gets no #{id}";
        foreach (var text in RenderedSentences(doc))
        {
            var problems = Sentence.Problems(text);
            if (problems.Count > 0) yield return $"{entry.Url}: {string.Join(", ", problems)} in \"{text}\"";
        }
        foreach (var li in doc.QuerySelectorAll("[data-testid=pivot-list] > li"))
        {
            if (!(double.Parse(li.GetAttribute("data-overlap")!, CultureInfo.InvariantCulture) > 0))
                yield return $"{entry.Url}: a pivot with no shared work ({li.TextContent.Trim()})";
        }
    }

    /// <summary>The text of every paragraph, list item without nested blocks, caption and heading of the Pro sections and the related list.</summary>
    public static IEnumerable<string> RenderedSentences(IDocument doc) =>
        doc.QuerySelectorAll("[data-pro] p, [data-pro] li, [data-pro] caption, [data-pro] h3, [data-pro] h4, #related [data-testid=related-why]")
            .Where(e => e.QuerySelector("p, ul, ol, h3") is null)
            .Select(e => e.TextContent.Trim())
            .Where(t => t.Length > 0);
}
