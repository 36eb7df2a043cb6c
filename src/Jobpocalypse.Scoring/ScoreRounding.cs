namespace Jobpocalypse.Scoring;

/// <summary>
/// How a score becomes the whole number a reader sees: half away from zero, after dropping floating-point noise
/// (50 × 1.15 is 57.49999999999999 in binary arithmetic, and must show as 58, as the hand calculation gives).
/// </summary>
public static class ScoreRounding
{
    public static double Shown(double score) => Math.Round(Math.Round(score, 9), MidpointRounding.AwayFromZero);
}
