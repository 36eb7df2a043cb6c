using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Jobpocalypse.Web.AppDatabase;

/// <summary>
/// Opens connections to the app database (accounts, subscriptions, purchases) of the configured provider. Separate
/// from the reference database, so a dataset rebuild never touches what readers paid for. A singleton: on Postgres it
/// owns the one pooled data source of the process.
/// </summary>
public sealed class AppDb : IDisposable
{
    private readonly AppDatabaseOptions _options;
    private readonly NpgsqlDataSource? _postgres;
    private readonly string _sqliteConnectionString = "";

    public AppDb(IOptions<AppDatabaseOptions> options)
    {
        _options = options.Value;
        if (_options.Provider == AppDatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(_options.ConnectionString))
                throw new InvalidOperationException("AppDatabase:Provider is Postgres but AppDatabase:ConnectionString is empty.");
            _postgres = NpgsqlDataSource.Create(_options.ConnectionString);
        }
        else
        {
            _sqliteConnectionString = new SqliteConnectionStringBuilder
            {
                DataSource = _options.Path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = true,
            }.ToString();
        }
    }

    public AppDatabaseProvider Provider => _options.Provider;

    public bool IsPostgres => _postgres is not null;

    /// <summary>The SQLite file (empty on Postgres).</summary>
    public string Path => IsPostgres ? "" : _options.Path;

    /// <summary>The Postgres connection string (empty on SQLite).</summary>
    public string ConnectionString => IsPostgres ? _options.ConnectionString : "";

    /// <summary>
    /// An open connection. SQLite's gets the pragmas every connection needs: a busy timeout (writers queue rather than
    /// fail) and enforced foreign keys; WAL mode (readers never wait for the webhook's writes) is a property of the
    /// file, set once by the migrator.
    /// </summary>
    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (_postgres is not null) return await _postgres.OpenConnectionAsync(ct);
        var connection = new SqliteConnection(_sqliteConnectionString);
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;", cancellationToken: ct));
        return connection;
    }

    /// <summary>
    /// A transaction that writes. SQLite: BEGIN IMMEDIATE takes the write lock at once, so two writers queue rather
    /// than deadlock. Postgres: read committed, where a second insert of the same key waits for the first to commit.
    /// </summary>
    public static async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: false) // SQLite has no async begin
            : await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);

    /// <summary>A transaction whose reads all see one moment of the database, whatever commits meanwhile.</summary>
    public static async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);

    /// <summary>A unique or foreign-key constraint refused the write (SQLITE_CONSTRAINT; Postgres class 23).</summary>
    public static bool IsConstraintViolation(Exception e) => e switch
    {
        SqliteException s => s.SqliteErrorCode == 19,
        PostgresException p => p.SqlState.StartsWith("23", StringComparison.Ordinal),
        _ => false,
    };

    public void Dispose() => _postgres?.Dispose();
}
