namespace Jobpocalypse.Scoring.Pro;

/// <summary>
/// The glitches generated text can fall into when statements are joined: ".;" and other doubled punctuation, a space
/// before punctuation, and a sentence that stops on a connective ("and", "such as", a comma). Used to check editorial
/// lines at load time, and by the tests over every generated sentence.
/// </summary>
public static class Sentence
{
    private const string Marks = ".,;:!?";
    private static readonly string[] DanglingWords = ["and", "or", "such as", "with", "the", "including", "e.g", "but"];

    /// <summary>Every problem of one piece of generated text; empty when it reads cleanly.</summary>
    public static IReadOnlyList<string> Problems(string text)
    {
        var problems = new List<string>();
        var t = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        for (int i = 0; i + 1 < t.Length; i++)
        {
            if (Marks.Contains(t[i]) && Marks.Contains(t[i + 1]) && !(t[i] == '.' && t[i + 1] == '.' && i + 2 < t.Length && t[i + 2] == '.'))
                problems.Add($"doubled punctuation \"{t.Substring(i, 2)}\"");
            if (t[i] == ' ' && Marks.Contains(t[i + 1]) && !(i + 2 < t.Length && char.IsAsciiDigit(t[i + 2])))
                problems.Add($"space before \"{t[i + 1]}\"");
        }
        var end = t.TrimEnd(')', '”', '"');
        if (end.Length > 0 && ",;:".Contains(end[^1])) problems.Add($"ends in \"{end[^1]}\"");
        var lastWords = end.TrimEnd('.', ',', ';', ':').ToLowerInvariant();
        foreach (var w in DanglingWords)
            if (lastWords == w || lastWords.EndsWith(" " + w, StringComparison.Ordinal)) problems.Add($"ends on \"{w}\"");
        return problems;
    }

    /// <summary>One clean sentence: no problem, one full stop, at the end.</summary>
    public static bool IsOne(string text) =>
        Problems(text).Count == 0 && text.TrimEnd().EndsWith('.') && text.TrimEnd().TrimEnd('.').IndexOf(". ", StringComparison.Ordinal) < 0;
}
