namespace Jobpocalypse.Web.AppDatabase;

/// <summary>Which engine holds the readers' database.</summary>
public enum AppDatabaseProvider
{
    /// <summary>The embedded file: one instance, nothing to run beside the site (the default).</summary>
    Sqlite,
    /// <summary>A PostgreSQL server that several instances share.</summary>
    Postgres,
}

/// <summary>Configuration section "AppDatabase": where the readers' database lives.</summary>
public sealed class AppDatabaseOptions
{
    public const string SectionName = "AppDatabase";

    public AppDatabaseProvider Provider { get; set; } = AppDatabaseProvider.Sqlite;

    /// <summary>The SQLite file; relative paths resolve against the app-data folder. Empty: <c>&lt;AppData&gt;/app.db</c>.</summary>
    public string Path { get; set; } = "";

    /// <summary>Postgres only: an Npgsql connection string (<c>Host=…;Database=…;Username=…;Password=…</c>).</summary>
    public string ConnectionString { get; set; } = "";
}
