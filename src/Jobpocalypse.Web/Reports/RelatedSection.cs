using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Reports;

/// <summary>One related occupation: where it is, its score, and what work it shares with this one.</summary>
public sealed record RelatedItem(string Title, string Url, string ScoreText, string Why);

/// <summary>The related occupations of the same category and the work each shares.</summary>
public sealed record RelatedSection(string Heading, string Lede, string? None, IReadOnlyList<RelatedItem> Items)
{
    public const string Id = "related";
    /// <summary>The PDF's contents list a title that does not change with the occupation.</summary>
    public const string ContentsTitle = "Related occupations";

    public static RelatedSection Build(OccupationEntry e, ReferenceSnapshot snapshot)
    {
        var related = snapshot.RelatedTo(e);
        return new(
            $"Related in {e.Category.ShortTitle}",
            $"Occupations of {e.Category.ShortTitle} that share the most work with this one (by task statements), then the closest scores.",
            related.Count == 0 ? "No rated occupation in this category to compare with." : null,
            related.Select(r =>
            {
                var example = r.Overlap.Matches.FirstOrDefault(x => x.IsShared);
                var why = example is not null
                    ? $"Shares {r.Overlap.SharedCount} of this occupation's {r.Overlap.Matches.Count} tasks, such as {Display.Quoted(example.Task.Text)}."
                    : "No task statement in common; listed for its close score in the same category.";
                return new RelatedItem(r.Entry.Title, r.Entry.Url, Display.Score(r.Entry.Score.Overall), why);
            }).ToList());
    }
}
