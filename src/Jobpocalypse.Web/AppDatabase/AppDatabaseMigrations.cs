using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Jobpocalypse.Web.AppDatabase;

/// <summary>
/// The numbered migrations of each provider (<c>AppDatabase/Migrations/&lt;Provider&gt;/NNN_*.sql</c>, embedded
/// resources), in order. A Postgres file has the name of its SQLite twin; Postgres may have more (its shared keys).
/// </summary>
internal static partial class AppDatabaseMigrations
{
    public sealed record Migration(int Version, string Name, string Sql);

    private static readonly Lazy<IReadOnlyList<Migration>> s_sqlite = new(() => Load(AppDatabaseProvider.Sqlite));
    private static readonly Lazy<IReadOnlyList<Migration>> s_postgres = new(() => Load(AppDatabaseProvider.Postgres));

    /// <summary>SQLite's, the default provider's.</summary>
    public static IReadOnlyList<Migration> All => s_sqlite.Value;

    public static IReadOnlyList<Migration> For(AppDatabaseProvider provider) =>
        provider == AppDatabaseProvider.Postgres ? s_postgres.Value : s_sqlite.Value;

    private static IReadOnlyList<Migration> Load(AppDatabaseProvider provider)
    {
        var resourcePrefix = $"Jobpocalypse.Web.AppDatabase.Migrations.{provider}.";
        var assembly = typeof(AppDatabaseMigrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Resource: n, Match: FileName().Match(n[resourcePrefix.Length..])))
            .Select(x => x.Match.Success
                ? new Migration(int.Parse(x.Match.Groups["version"].Value), x.Match.Groups["name"].Value, Read(assembly, x.Resource))
                : throw new InvalidOperationException($"Migration resource {x.Resource} is not named NNN_name.sql."))
            .OrderBy(m => m.Version)
            .ToList();
        // Versions run 1, 2, 3… with no gap or repeat, so a missing or duplicated file fails at start-up, not later.
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"Migration {i + 1} is missing or numbered twice (found {migrations[i].Version}_{migrations[i].Name}).");
        }
        return migrations;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(?<version>\d{3})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileName();
}
