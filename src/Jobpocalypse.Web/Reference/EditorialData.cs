using Dapper;
using Jobpocalypse.Scoring;
using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Web.Reference;

/// <summary>
/// An occupation's editorial analysis beyond its duties: when it was last reviewed, the Handbook profile its quotes
/// were checked against, and the O*NET tasks no duty covers, each with the editor's reason.
/// </summary>
public sealed class EditorialAnalysis
{
    public required DateOnly Reviewed { get; init; }
    /// <summary>"30 November 2026", as the report and the PDF print it.</summary>
    public string ReviewedText => Reviewed.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
    public string? ProfileTitle { get; init; }
    public string? ProfileUrl { get; init; }
    public required IReadOnlyList<NotGroupedTask> NotGrouped { get; init; }
}

public sealed record NotGroupedTask(TaskScore Task, string Reason);

/// <summary>The editorial tables of a reference database, read once and turned into each occupation's analysis.</summary>
internal sealed class EditorialData
{
    // Classes with settable properties: Dapper maps SQLite's INTEGER (a long) onto an int property, not a constructor's int.
    private sealed class AnalysisRow
    {
        public string OccupationCode { get; init; } = "";
        public string Reviewed { get; init; } = "";
        public string? ProfileTitle { get; init; }
        public string? ProfileUrl { get; init; }
    }

    private sealed class NotGroupedRow
    {
        public string OccupationCode { get; init; } = "";
        public int TaskId { get; init; }
        public string Reason { get; init; } = "";
    }

    private ILookup<string, EditorialTaskRow> _duties = null!;
    private Dictionary<string, AnalysisRow> _analyses = null!;
    private ILookup<string, NotGroupedRow> _notGrouped = null!;

    public static async Task<EditorialData> LoadAsync(SqliteConnection db, CancellationToken ct)
    {
        var duties = await db.QueryAsync<EditorialTaskRow>(new CommandDefinition("""
            SELECT e.occupation_code AS OccupationCode, e.position AS Position, e.title AS Title, e.stance AS Stance,
                   e.rationale AS Rationale, e.bls_evidence AS BlsEvidence,
                   (SELECT group_concat(s.task_id, ',') FROM editorial_task_sources s
                     WHERE s.occupation_code = e.occupation_code AND s.position = e.position) AS TaskIds
            FROM editorial_tasks e ORDER BY e.occupation_code, e.position
            """, cancellationToken: ct));
        var analyses = await db.QueryAsync<AnalysisRow>(new CommandDefinition("""
            SELECT a.occupation_code AS OccupationCode, a.reviewed AS Reviewed,
                   w.profile_title AS ProfileTitle, w.profile_url AS ProfileUrl
            FROM editorial_analyses a LEFT JOIN ooh_what_they_do w ON w.profile_url = a.evidence_profile_url
            """, cancellationToken: ct));
        var notGrouped = await db.QueryAsync<NotGroupedRow>(new CommandDefinition("""
            SELECT occupation_code AS OccupationCode, task_id AS TaskId, reason AS Reason
            FROM editorial_not_grouped ORDER BY occupation_code, task_id
            """, cancellationToken: ct));
        return new EditorialData
        {
            _duties = duties.ToLookup(d => d.OccupationCode),
            _analyses = analyses.ToDictionary(a => a.OccupationCode),
            _notGrouped = notGrouped.ToLookup(n => n.OccupationCode),
        };
    }

    /// <summary>The occupation's duties scored from the O*NET tasks they cover; empty when it has no analysis.</summary>
    public IReadOnlyList<EditorialTaskScore> Duties(string code, TaskSignal signal) => EditorialScorer.Score(
        _duties[code].Select(e => new EditorialTaskInput(e.Title,
            e.TaskIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList(),
            e.Rationale, e.BlsEvidence, e.Stance)).ToList(),
        signal);

    public EditorialAnalysis? Analysis(string code, TaskSignal signal)
    {
        if (!_analyses.TryGetValue(code, out var row)) return null;
        var byId = signal.Tasks.ToDictionary(t => t.Task.TaskId);
        return new EditorialAnalysis
        {
            Reviewed = DateOnly.ParseExact(row.Reviewed, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ProfileTitle = row.ProfileTitle,
            ProfileUrl = row.ProfileUrl,
            NotGrouped = _notGrouped[code].Select(n => new NotGroupedTask(byId[n.TaskId], n.Reason)).ToList(),
        };
    }
}
