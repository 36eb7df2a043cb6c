namespace Jobpocalypse.BrowserTests.Infrastructure;

/// <summary>
/// A fact that needs a real browser. xunit 2 has no run-time skip, so the skip reason is decided here, when the
/// test is discovered: Chromium (and, with <see cref="NeedsAxe"/>, axe-core) missing means skipped with the install
/// step in the message, unless the run requires browsers.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>The test injects axe-core from this project's node_modules.</summary>
    public bool NeedsAxe { get; set; }

    public override string? Skip
    {
        get => base.Skip ?? BrowserEnvironment.SkipReason(NeedsAxe);
        set => base.Skip = value;
    }
}
