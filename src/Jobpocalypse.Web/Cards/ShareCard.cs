using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Me;
using Jobpocalypse.Web.Reports;

namespace Jobpocalypse.Web.Cards;

/// <summary>
/// What a 1200×630 share card says: a title, the score and its band (coloured by <see cref="BandRole"/>), the verdict
/// and one line of evidence. Any report can have one: an occupation's (<see cref="For"/>) or a reader's own.
/// </summary>
public sealed record ShareCard(string Title, string Score, string Band, PaletteRole? BandRole, string Verdict, string Evidence)
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>An occupation's card, every word and figure read from its report's header (the rest of the report is not needed).</summary>
    public static ShareCard For(ReportHeader h)
    {
        var glance = h.AtAGlance.ToDictionary(g => g.Label, g => g.Value);
        var evidence = h.EvidenceSplit is { } split
            ? $"{split.Before}{split.Strong} · {glance["Tasks rated"]} O*NET tasks rated · task signal {glance["Task signal"]}"
            : $"{glance["Tasks rated"]} O*NET tasks rated";
        return new ShareCard(h.Title, h.ScoreText, h.BandName, h.BandRole, h.Verdict, $"{evidence} · {h.MetaLine}");
    }

    /// <summary>A reader's own report's card, from the same figures its page shows (nothing the reader typed: the link holds only task ids).</summary>
    public static ShareCard For(PersonalReport r)
    {
        var s = r.Personal.Score;
        var level = Display.Level(r.Selection.Level).ToLowerInvariant();
        var evidence = $"{s.TaskSignal.RatedCount} of {s.TaskSignal.Tasks.Count} tasks rated · task signal {Display.Score(s.TaskSignal.Value)}";
        var reading = r.Personal.AtLevel is { } at ? $" · {level} level {Display.Score(at.Score)}" : "";
        return new ShareCard($"A personal report: {s.TaskSignal.Tasks.Count} tasks at {level} level", r.ScoreText, r.BandName,
            ReportPalette.BandRole(s.Band), r.Verdict, evidence + reading);
    }

    /// <summary>The card's alternative text, for og:image:alt and screen readers.</summary>
    public string AltText => Score == Display.Score(null)
        ? $"{Title}: not rated for AI exposure. {Verdict}"
        : $"{Title}: AI exposure {Score}/100, {Band}. {Verdict}";
}
