using System.Collections.Concurrent;

namespace Jobpocalypse.BrowserTests.Infrastructure;

/// <summary>
/// Collects the Content-Security-Policy violations Chromium reports on a page's console ("Refused to apply inline
/// style…", "Refused to load…") across every navigation of a journey, with the address where each happened.
/// </summary>
public sealed class CspViolations
{
    private readonly ConcurrentQueue<string> _seen = new();

    public IReadOnlyCollection<string> Seen => _seen;

    public static CspViolations Watch(IPage page)
    {
        var violations = new CspViolations();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                violations._seen.Enqueue($"{page.Url}: {message.Text}");
        };
        return violations;
    }

    public void AssertNone() =>
        Assert.True(_seen.IsEmpty, "Content-Security-Policy violations:" + Environment.NewLine + string.Join(Environment.NewLine, _seen));
}
