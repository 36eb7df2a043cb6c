using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Jobpocalypse.Web.Pages.Occupations;

/// <summary>Occupations that start with one letter ("#" for titles that start with anything else).</summary>
public sealed record LetterGroup(string Letter, IReadOnlyList<OccupationEntry> Occupations)
{
    public string Anchor => Letter == "#" ? "letter-other" : $"letter-{Letter.ToLowerInvariant()}";
}

[OutputCache(PolicyName = ReaderTierCachePolicy.Name)] // the same HTML for every reader of a tier
public sealed class IndexModel(ReferenceStore reference) : PageModel
{
    public IReadOnlyList<LetterGroup> Letters { get; private set; } = [];
    public int Count { get; private set; }
    public int AnalysedCount { get; private set; }

    public void OnGet()
    {
        var occupations = reference.Current.Occupations; // already A–Z by title
        Count = occupations.Count;
        AnalysedCount = occupations.Count(o => o.HasAnalysis);
        Letters = occupations
            .GroupBy(o => LetterOf(o.Title))
            .OrderBy(g => g.Key == "#" ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LetterGroup(g.Key, g.ToList()))
            .ToList();
    }

    private static string LetterOf(string title) =>
        title.Length > 0 && char.ToUpperInvariant(title[0]) is var c and >= 'A' and <= 'Z' ? c.ToString() : "#";
}
