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
    private ILookup<string, EditorialTaskRow> _duties = null!;
    private ILookup<(string Code, int Position), int> _taskIds = null!;
    private Dictionary<string, EditorialAnalysisRow> _analyses = null!;
    private Dictionary<string, OohTextRow> _profiles = null!;
    private ILookup<string, EditorialNotGroupedRow> _notGrouped = null!;

    public static async Task<EditorialData> LoadAsync(SqliteConnection db, CancellationToken ct)
    {
        var duties = await db.QueryAsync<EditorialTaskRow>(new CommandDefinition("""
            SELECT occupation_code AS OccupationCode, position AS Position, title AS Title, stance AS Stance,
                   rationale AS Rationale, bls_evidence AS BlsEvidence
            FROM editorial_tasks ORDER BY occupation_code, position
            """, cancellationToken: ct));
        var sources = await db.QueryAsync<EditorialTaskSourceRow>(new CommandDefinition("""
            SELECT occupation_code AS OccupationCode, position AS Position, task_id AS TaskId
            FROM editorial_task_sources ORDER BY occupation_code, position, task_id
            """, cancellationToken: ct));
        var analyses = await db.QueryAsync<EditorialAnalysisRow>(new CommandDefinition("""
            SELECT occupation_code AS OccupationCode, reviewed AS Reviewed, evidence_profile_url AS EvidenceProfileUrl
            FROM editorial_analyses
            """, cancellationToken: ct));
        var profiles = await db.QueryAsync<OohTextRow>(new CommandDefinition("""
            SELECT profile_url AS Url, profile_title AS Title FROM ooh_what_they_do
            WHERE profile_url IN (SELECT evidence_profile_url FROM editorial_analyses)
            """, cancellationToken: ct));
        var notGrouped = await db.QueryAsync<EditorialNotGroupedRow>(new CommandDefinition("""
            SELECT occupation_code AS OccupationCode, task_id AS TaskId, reason AS Reason
            FROM editorial_not_grouped ORDER BY occupation_code, task_id
            """, cancellationToken: ct));
        return new EditorialData
        {
            _duties = duties.ToLookup(d => d.OccupationCode),
            _taskIds = sources.ToLookup(s => (s.OccupationCode, s.Position), s => s.TaskId),
            _analyses = analyses.ToDictionary(a => a.OccupationCode),
            // The column is NOCASE: the analysis may write the URL in another case than the profile table.
            _profiles = profiles.ToDictionary(p => p.Url, StringComparer.OrdinalIgnoreCase),
            _notGrouped = notGrouped.ToLookup(n => n.OccupationCode),
        };
    }

    /// <summary>The occupation's duties scored from the O*NET tasks they cover; empty when it has no analysis.</summary>
    public IReadOnlyList<EditorialTaskScore> Duties(string code, TaskSignal signal) => EditorialScorer.Score(
        _duties[code].Select(e => new EditorialTaskInput(e.Title,
            _taskIds[(code, e.Position)].ToList(),
            e.Rationale, e.BlsEvidence, e.Stance)).ToList(),
        signal);

    public EditorialAnalysis? Analysis(string code, TaskSignal signal)
    {
        if (!_analyses.TryGetValue(code, out var row)) return null;
        var byId = signal.Tasks.ToDictionary(t => t.Task.TaskId);
        var profile = row.EvidenceProfileUrl is { } url ? _profiles.GetValueOrDefault(url) : null;
        return new EditorialAnalysis
        {
            Reviewed = DateOnly.ParseExact(row.Reviewed, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ProfileTitle = profile?.Title,
            ProfileUrl = profile?.Url,
            NotGrouped = _notGrouped[code].Select(n => new NotGroupedTask(byId[n.TaskId], n.Reason)).ToList(),
        };
    }
}
