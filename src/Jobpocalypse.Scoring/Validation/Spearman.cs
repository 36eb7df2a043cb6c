namespace Jobpocalypse.Scoring.Validation;

/// <summary>Spearman's rank correlation: the Pearson correlation of mid-ranks (ties share the mean of their ranks).</summary>
public static class Spearman
{
    public static double? Rho(IReadOnlyList<(double X, double Y)> pairs)
    {
        if (pairs.Count < 3) return null;
        var rx = Ranks(pairs.Select(p => p.X).ToList());
        var ry = Ranks(pairs.Select(p => p.Y).ToList());
        double mx = rx.Average(), my = ry.Average();
        double cov = 0, vx = 0, vy = 0;
        for (int i = 0; i < rx.Length; i++)
        {
            cov += (rx[i] - mx) * (ry[i] - my);
            vx += (rx[i] - mx) * (rx[i] - mx);
            vy += (ry[i] - my) * (ry[i] - my);
        }
        return vx == 0 || vy == 0 ? null : cov / Math.Sqrt(vx * vy);
    }

    /// <summary>1-based mid-ranks in the input's order.</summary>
    public static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (int start = 0; start < order.Length;)
        {
            int end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]]) end++;
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) ranks[order[k]] = rank;
            start = end + 1;
        }
        return ranks;
    }
}
