namespace Jobpocalypse.Scoring;

/// <summary>
/// BLS's outlook wording for a projected growth rate, with the thresholds seen in the 2024–34 Occupational Outlook
/// Handbook (growth rounded to a whole percent). Used only where BLS has no profile with its own wording.
/// </summary>
public static class BlsOutlook
{
    public static IReadOnlyList<(int MinPct, string Wording)> Thresholds { get; } =
    [
        (7, "Much faster than average"),
        (5, "Faster than average"),
        (3, "As fast as average"),
        (1, "Slower than average"),
        (0, "Little or no change"),
        (int.MinValue, "Decline"),
    ];

    public static string Wording(double changePct)
    {
        int rounded = (int)Math.Round(changePct, MidpointRounding.AwayFromZero);
        return Thresholds.First(t => rounded >= t.MinPct).Wording;
    }
}
