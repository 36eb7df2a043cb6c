namespace Jobpocalypse.Web.Search;

/// <summary>
/// Each occupation's size for ranking: BLS 2024 employment (thousands). BLS counts SOC codes; O*NET splits some into
/// specialties (29-1141.01 Acute Care Nurses). The SOC's own occupation (.00) keeps the whole count, because BLS
/// publishes no split and it is the general job; each specialty gets an equal share, so a broad word leads to the
/// general job. Where BLS publishes only a combined line (31-1120 for home health and personal care aides), the
/// occupations under it share the largest such line of their broad group.
/// </summary>
public static class SearchPriors
{
    public static Dictionary<string, double> Employment(IReadOnlyList<(string Code, string SocCode)> occupations,
        IReadOnlyDictionary<string, double> blsBySoc)
    {
        var perSoc = occupations.GroupBy(o => o.SocCode).ToDictionary(g => g.Key, g => g.Count());
        var onetSocs = perSoc.Keys.ToHashSet(StringComparer.Ordinal);
        // Occupations without a BLS line of their own, by broad group (first six characters: "31-112").
        var orphans = occupations.Where(o => !blsBySoc.ContainsKey(o.SocCode))
            .GroupBy(o => o.SocCode[..6]).ToDictionary(g => g.Key, g => g.Count());

        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (code, soc) in occupations)
        {
            if (blsBySoc.TryGetValue(soc, out var employment))
            {
                result[code] = code.EndsWith(".00", StringComparison.Ordinal) ? employment : employment / perSoc[soc];
                continue;
            }
            var combined = blsBySoc.Where(b => b.Key.StartsWith(soc[..6], StringComparison.Ordinal) && !onetSocs.Contains(b.Key))
                .Select(b => b.Value).DefaultIfEmpty(0).Max();
            result[code] = combined / orphans[soc[..6]];
        }
        return result;
    }
}
