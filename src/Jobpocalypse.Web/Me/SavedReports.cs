using Dapper;
using Jobpocalypse.Web.AppDatabase;

namespace Jobpocalypse.Web.Me;

/// <summary>A saved personal report: its name, its share link's parts and when it was saved.</summary>
public sealed class SavedReport
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Tasks { get; init; } = "";
    public string Level { get; init; } = "";
    public long CreatedAt { get; init; }

    public string Url => $"{ShareLink.Path}?t={Tasks}&level={Level}";
}

/// <summary>A signed-in reader's saved personal reports (task ids, shares, level and a name; nothing they pasted).</summary>
public sealed class SavedReports(AppDb db, TimeProvider time)
{
    public const int MaxPerReader = 50;
    public const int MaxNameLength = 100;

    /// <summary>Saves one; false when the reader already has <see cref="MaxPerReader"/>.</summary>
    public async Task<bool> SaveAsync(string userId, string name, PersonalSelection selection, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await AppDb.BeginWriteAsync(connection, ct);
        var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM saved_reports WHERE user_id = @userId", new { userId }, tx, cancellationToken: ct));
        if (count >= MaxPerReader) return false;
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO saved_reports (id, user_id, name, tasks, level, created_at) VALUES (@id, @userId, @name, @tasks, @level, @now)
            """, new
            {
                id = Guid.NewGuid().ToString("N"), userId, name, tasks = ShareLink.Tasks(selection),
                level = ShareLink.Level(selection.Level), now = time.GetUtcNow().ToUnixTimeSeconds(),
            }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<SavedReport>> ListAsync(string userId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return (await connection.QueryAsync<SavedReport>(new CommandDefinition("""
            SELECT id AS Id, name AS Name, tasks AS Tasks, level AS Level, created_at AS CreatedAt
            FROM saved_reports WHERE user_id = @userId ORDER BY created_at DESC, id
            """, new { userId }, cancellationToken: ct))).ToList();
    }

    /// <summary>Deletes one of the reader's own; false when they have none with that id.</summary>
    public async Task<bool> DeleteAsync(string userId, string id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM saved_reports WHERE id = @id AND user_id = @userId", new { id, userId }, cancellationToken: ct)) > 0;
    }
}
