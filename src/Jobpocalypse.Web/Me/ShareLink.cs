using System.Globalization;
using Jobpocalypse.Scoring;

namespace Jobpocalypse.Web.Me;

/// <summary>One task the reader does and their share of time for it (a whole number 1–100; shares are relative).</summary>
public sealed record SelectedTask(int TaskId, int Share);

/// <summary>A reader's own work as the link carries it: task ids, shares and a level, nothing they typed.</summary>
public sealed record PersonalSelection(IReadOnlyList<SelectedTask> Tasks, SeniorityLevel Level);

/// <summary>
/// The shareable address of a personal report: <c>/me/report?t=22877-30_22881-20&amp;level=mid</c>, each task as
/// id-share, tasks joined by "_" (characters no browser escapes). Parsing is strict: a bad link is answered 400.
/// </summary>
public static class ShareLink
{
    public const string Path = "/me/report";
    public const int MaxTasks = 60;
    public const int MaxShare = 100;
    public const int MaxLength = MaxTasks * 10;

    public static string For(PersonalSelection selection) => $"{Path}?{Query(selection)}";

    /// <summary>The query the report, its card and its PDF share: <c>t=…&amp;level=…</c>.</summary>
    public static string Query(PersonalSelection selection) => $"t={Tasks(selection)}&level={Level(selection.Level)}";

    public static string Tasks(PersonalSelection selection) =>
        string.Join('_', selection.Tasks.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.TaskId}-{t.Share}")));

    public static string Level(SeniorityLevel level) => level.ToString().ToLowerInvariant();

    public static SeniorityLevel? ParseLevel(string? text) => text switch
    {
        "entry" => SeniorityLevel.Entry,
        "mid" => SeniorityLevel.Mid,
        "senior" => SeniorityLevel.Senior,
        _ => null,
    };

    /// <summary>The selection a link names, or the reason it names none (for the 400 page).</summary>
    public static PersonalSelection? TryParse(string? tasks, string? level, Func<int, bool> known, out string error)
    {
        error = "";
        if (ParseLevel(level) is not { } parsedLevel)
        {
            error = "The link's level must be entry, mid or senior.";
            return null;
        }
        if (string.IsNullOrEmpty(tasks) || tasks.Length > MaxLength)
        {
            error = $"The link must name between 1 and {MaxTasks} tasks.";
            return null;
        }
        var parts = tasks.Split('_');
        if (parts.Length > MaxTasks)
        {
            error = $"The link must name between 1 and {MaxTasks} tasks.";
            return null;
        }
        var selected = new List<SelectedTask>(parts.Length);
        foreach (var part in parts)
        {
            var pair = part.Split('-');
            if (pair.Length != 2 || !int.TryParse(pair[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var share))
            {
                error = "Each task in the link must be written as task id, a dash, and a share of time.";
                return null;
            }
            if (share is < 1 or > MaxShare)
            {
                error = $"Each share of time in the link must be between 1 and {MaxShare}.";
                return null;
            }
            if (!known(id))
            {
                error = $"The link names task {id}, which is not an O*NET task of this dataset.";
                return null;
            }
            if (selected.Any(s => s.TaskId == id))
            {
                error = $"The link names task {id} twice.";
                return null;
            }
            selected.Add(new SelectedTask(id, share));
        }
        return new PersonalSelection(selected, parsedLevel);
    }
}
