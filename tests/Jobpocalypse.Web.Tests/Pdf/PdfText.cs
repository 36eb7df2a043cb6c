using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Jobpocalypse.Web.Tests.Pdf;

/// <summary>
/// A PDF's text as PdfPig reads it, per page: the words of each printed line (words on one baseline, left to right),
/// and the page's text with all white space removed, so a phrase can be found wherever the layout wrapped it.
/// </summary>
public sealed partial class PdfText
{
    private PdfText(IReadOnlyList<(IReadOnlyList<string> Lines, string Squashed)> pages)
    {
        Pages = pages;
        Squashed = string.Concat(pages.Select(p => p.Squashed));
    }

    public IReadOnlyList<(IReadOnlyList<string> Lines, string Squashed)> Pages { get; }
    public IEnumerable<string> Lines => Pages.SelectMany(p => p.Lines);
    public string Squashed { get; }

    /// <param name="lines">False to skip finding words and lines (the slow part), when only <see cref="Squashed"/> is needed.</param>
    public static PdfText Read(byte[] bytes, bool lines = true)
    {
        using var document = PdfDocument.Open(bytes);
        return new PdfText(document.GetPages().Select(page =>
        {
            if (!lines) return ((IReadOnlyList<string>)[], Squash(page.Text));
            var printed = page.GetWords()
                .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
                .OrderByDescending(g => g.Key)
                .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))
                .ToList();
            return ((IReadOnlyList<string>)printed, Squash(page.Text));
        }).ToList());
    }

    public static string Squash(string text) => WhiteSpace().Replace(text, "");

    /// <summary>Whether the document holds the phrase, however its lines were broken.</summary>
    public bool Contains(string phrase) => Squashed.Contains(Squash(phrase), StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
