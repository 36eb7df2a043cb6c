using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.AppDatabase;

/// <summary>
/// Opens connections to the app database (accounts, subscriptions, purchases). Separate from the reference
/// database, so a dataset rebuild never touches what readers paid for.
/// </summary>
public sealed class AppDb(IOptions<AppDatabaseOptions> options)
{
    public string Path => options.Value.Path;

    private string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
    }.ToString();

    /// <summary>
    /// An open connection with the pragmas every connection needs: a busy timeout (writers queue rather than fail)
    /// and enforced foreign keys. WAL mode (readers never wait for the webhook's writes) is a property of the file,
    /// set once by the migrator.
    /// </summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;", cancellationToken: ct));
        return connection;
    }
}
