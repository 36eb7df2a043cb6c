using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Jobpocalypse.Web.AppDatabase;

/// <summary>The numbered migrations (<c>AppDatabase/Migrations/NNN_*.sql</c>, embedded resources), in order.</summary>
internal static partial class AppDatabaseMigrations
{
    private const string ResourcePrefix = "Jobpocalypse.Web.AppDatabase.Migrations.";

    public sealed record Migration(int Version, string Name, string Sql);

    private static readonly Lazy<IReadOnlyList<Migration>> s_all = new(Load);

    public static IReadOnlyList<Migration> All => s_all.Value;

    private static IReadOnlyList<Migration> Load()
    {
        var assembly = typeof(AppDatabaseMigrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Resource: n, Match: FileName().Match(n[ResourcePrefix.Length..])))
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
