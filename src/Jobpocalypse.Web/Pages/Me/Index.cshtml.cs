using System.Globalization;
using Jobpocalypse.Scoring.Personal;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Me;
using Jobpocalypse.Web.Payments;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Jobpocalypse.Web.Pages.Me;

/// <summary>
/// The personal report's form: paste duties (posted, matched, answered on the spot and never kept), or find an
/// occupation and tick its tasks with a share of time (posted, then redirected to the shareable link).
/// </summary>
[OutputCache(NoStore = true)]
public sealed class IndexModel(ReferenceStore reference, OccupationSearch search, ReaderAccessProvider access) : PageModel
{
    public static int MaxCharacters => DutyMatchRule.Default.MaxCharacters;

    [BindProperty] public string? Duties { get; set; }
    [BindProperty] public string Level { get; set; } = "mid";
    /// <summary>
    /// The ticked tasks of the chosen occupation, and each one's share of time (blank: counted equally). Read from the
    /// form by hand, only in the tick handler: a dictionary bound by name would also try every other field as a key.
    /// </summary>
    public List<int> Picked { get; private set; } = [];
    public Dictionary<int, int?> Shares { get; private set; } = [];

    public string Query { get; private set; } = "";
    /// <summary>Which form was posted ("paste" or "tick"): its errors show beside it, not beside the other.</summary>
    public string? Posted { get; private set; }
    public SearchResults? Results { get; private set; }
    public OccupationEntry? Occupation { get; private set; }
    public PersonalReport? Report { get; private set; }
    /// <summary>The paste's lines when none matched: listed so the reader sees why there is no report.</summary>
    public IReadOnlyList<string> NotMatched { get; private set; } = [];

    public IActionResult OnGet(string? q, string? occupation)
    {
        Query = q ?? "";
        if (occupation is not null)
        {
            Occupation = reference.Current.BySlug(occupation);
            return Occupation is null ? NotFound() : Page();
        }
        if (Query.Length > OccupationSearch.MaxQueryLength)
        {
            HttpContext.SetStatusMessage($"Search terms are limited to {OccupationSearch.MaxQueryLength} characters.");
            return BadRequest();
        }
        if (!string.IsNullOrWhiteSpace(Query)) Results = search.Search(Query);
        return Page();
    }

    public async Task<IActionResult> OnPostPasteAsync(CancellationToken ct)
    {
        Posted = "paste";
        var level = ShareLink.ParseLevel(Level);
        if (level is null) ModelState.AddModelError(nameof(Level), "Choose entry, mid or senior level.");
        if (string.IsNullOrWhiteSpace(Duties)) ModelState.AddModelError(nameof(Duties), "Paste a job description or a list of your duties.");
        else if (Duties.Length > MaxCharacters)
            ModelState.AddModelError(nameof(Duties), $"Paste at most {MaxCharacters:#,0} characters; this text has {Duties.Length:#,0}.");
        if (!ModelState.IsValid || level is null) return Page();

        var catalog = PersonalCatalog.Of(reference.Current);
        var lines = DutyMatcher.Match(Duties!, catalog.Index, DutyMatchRule.Default);
        if (PasteMatches.Selection(lines, level.Value) is not { } selection)
        {
            NotMatched = lines.Select(l => l.Line).ToList();
            ModelState.AddModelError(nameof(Duties), "None of these lines is close enough to an O*NET task statement. Try one duty per line, " +
                "in plain words (for example “Code patient records for insurance billing”), or pick an occupation and tick its tasks below.");
            return Page();
        }
        Report = PersonalReport.Build(selection, catalog, lines);
        if ((await access.GetAsync(ct)).IsPro) Report = Report with { Pro = PersonalPro.Build(Report.Personal, catalog.Snapshot) };
        return Page();
    }

    public IActionResult OnPostTick(string? occupation)
    {
        Posted = "tick";
        Occupation = occupation is null ? null : reference.Current.BySlug(occupation);
        if (Occupation is null) return NotFound();
        var level = ShareLink.ParseLevel(Level);
        var ids = Occupation.Score.TaskSignal.Tasks.Select(t => t.Task.TaskId).ToHashSet();
        bool sharesReadable = ReadPicks(ids);
        var picked = Picked.Where(ids.Contains).Distinct().Take(ShareLink.MaxTasks).ToList();
        if (level is null) ModelState.AddModelError(nameof(Level), "Choose entry, mid or senior level.");
        if (picked.Count == 0) ModelState.AddModelError(nameof(Picked), "Tick at least one task you do.");
        var given = picked.Select(id => Shares.GetValueOrDefault(id)).OfType<int>().ToList();
        if (!sharesReadable || given.Any(s => s is < 1 or > ShareLink.MaxShare))
            ModelState.AddModelError(nameof(Shares), $"Each share of time is a whole number from 1 to {ShareLink.MaxShare}, or blank.");
        if (!ModelState.IsValid || level is null) return Page();

        // A blank share counts as an equal part of the time the given shares leave (at least 1).
        int left = Math.Max(0, 100 - given.Sum());
        int blanks = picked.Count - given.Count;
        int blankShare = blanks == 0 ? 0 : Math.Clamp(left / blanks, 1, ShareLink.MaxShare);
        var selection = new PersonalSelection(
            picked.Select(id => new SelectedTask(id, Shares.GetValueOrDefault(id) ?? blankShare)).ToList(), level.Value);
        return new SeeOtherResult(ShareLink.For(selection));
    }

    /// <summary>Fills <see cref="Picked"/> and <see cref="Shares"/> for the occupation's tasks; false when a share is not a whole number.</summary>
    private bool ReadPicks(IReadOnlySet<int> ids)
    {
        var form = Request.Form;
        Picked = form["Picked"].Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(ids.Contains).ToList();
        bool readable = true;
        foreach (var id in ids)
        {
            var text = form[$"Shares[{id.ToString(CultureInfo.InvariantCulture)}]"].ToString().Trim();
            if (text.Length == 0) continue;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var share)) Shares[id] = share;
            else readable = false;
        }
        return readable;
    }
}
