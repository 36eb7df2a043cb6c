using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Web.Reference;

public static class ReferenceDatabase
{
    /// <summary>
    /// Read-only and unpooled: a dataset rebuild renames a new file over this path, and a pooled
    /// connection would keep reading the old one.
    /// </summary>
    public static string ReadOnlyConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString();
}
