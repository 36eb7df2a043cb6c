using System.Reflection;
using System.Text;

namespace Jobpocalypse.Dataset;

/// <summary>The numbered schema files (<c>Dataset/Schema/NNN_*.sql</c>, embedded resources), in the order they are applied.</summary>
internal static class DatasetSchema
{
    private const string ResourcePrefix = "Jobpocalypse.Dataset.Schema.";

    private static readonly Lazy<IReadOnlyList<(string Name, string Sql)>> s_files = new(Load);

    public static IReadOnlyList<(string Name, string Sql)> Files => s_files.Value;

    private static IReadOnlyList<(string Name, string Sql)> Load()
    {
        var assembly = typeof(DatasetSchema).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[ResourcePrefix.Length..], Read(assembly, n)))
            .ToList();
        if (files.Count == 0)
            throw new InvalidOperationException("The dataset schema files are not embedded in the assembly.");
        return files;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
