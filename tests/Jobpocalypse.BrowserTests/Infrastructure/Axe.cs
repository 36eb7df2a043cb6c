using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jobpocalypse.BrowserTests.Infrastructure;

/// <summary>axe-core, injected from this project's node_modules (pinned in package-lock.json) and run on the page.</summary>
public static class Axe
{
    public sealed record Violation(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("impact")] string? Impact,
        [property: JsonPropertyName("help")] string Help,
        [property: JsonPropertyName("targets")] string[] Targets)
    {
        public override string ToString() => $"{Impact} {Id}: {Help} ({string.Join(", ", Targets)})";
    }

    /// <summary>Every violation of every rule axe runs by default (WCAG 2.x A/AA and best practices).</summary>
    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        if (BrowserEnvironment.AxeMissing is { } missing) throw new InvalidOperationException(missing);
        // Evaluated through the DevTools protocol rather than added as a <script>: the site's Content-Security-Policy
        // rightly refuses inline scripts, and the journeys fail on any violation it reports.
        await page.EvaluateAsync(await File.ReadAllTextAsync(BrowserEnvironment.AxeScriptPath));
        var json = await page.EvaluateAsync<string>("""
            async () => {
                const results = await axe.run(document, { resultTypes: ['violations'] });
                return JSON.stringify(results.violations.map(v => ({
                    id: v.id,
                    impact: v.impact,
                    help: v.help,
                    targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')),
                })));
            }
            """);
        return JsonSerializer.Deserialize<Violation[]>(json) ?? [];
    }

    public static bool IsSeriousOrCritical(Violation v) => v.Impact is "serious" or "critical";
}
