namespace Jobpocalypse.Web.AppDatabase;

/// <summary>Configuration section "AppDatabase": where the readers' database lives.</summary>
public sealed class AppDatabaseOptions
{
    public const string SectionName = "AppDatabase";

    /// <summary>The SQLite file; relative paths resolve against the app-data folder. Empty: <c>&lt;AppData&gt;/app.db</c>.</summary>
    public string Path { get; set; } = "";
}
