using System.Text.Json;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// Reads one service's environment from <c>docker-compose config</c> output. Compose 1.29 prints YAML only (no
/// JSON), normalised: the environment is a map of <c>KEY: value</c> lines six spaces in, values plain or quoted.
/// </summary>
public static class ComposeConfig
{
    public static IReadOnlyDictionary<string, string> ServiceEnvironment(string yaml, string service)
    {
        var lines = yaml.Replace("\r", "").Split('\n');
        var serviceLine = Array.IndexOf(lines, $"  {service}:", Array.IndexOf(lines, "services:") + 1);
        Assert.True(serviceLine > 0, $"No service '{service}' in:\n{yaml}");
        var environment = Array.FindIndex(lines, serviceLine + 1, l => l == "    environment:" || !l.StartsWith("    ", StringComparison.Ordinal));
        Assert.True(environment > 0 && lines[environment] == "    environment:", $"Service '{service}' has no environment map in:\n{yaml}");

        var values = new Dictionary<string, string>();
        foreach (var line in lines.Skip(environment + 1).TakeWhile(l => l.StartsWith("      ", StringComparison.Ordinal)))
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            Assert.True(colon > 0, $"Not a KEY: value line: '{line}'");
            values[line[..colon].Trim()] = Unquote(line[(colon + 2)..].Trim());
        }
        return values;
    }

    private static string Unquote(string value) => value switch
    {
        ['\'', .., '\''] => value[1..^1].Replace("''", "'"),
        ['"', .., '"'] => JsonSerializer.Deserialize<string>(value)!,
        _ => value,
    };

    /// <summary>
    /// Container paths turned into host folders: <c>/app-data</c> (the volume) and <c>/app</c> (the image's app
    /// folder), so the published app can run here with exactly the compose file's settings.
    /// </summary>
    public static string MapPath(string value, string appFolder, string appDataFolder) =>
        Map(value, "/app-data", appDataFolder) ?? Map(value, "/app", appFolder) ?? value;

    private static string? Map(string value, string containerPath, string hostPath) =>
        value == containerPath ? hostPath
        : value.StartsWith(containerPath + "/", StringComparison.Ordinal) ? Path.Combine(hostPath, value[(containerPath.Length + 1)..])
        : null;
}
