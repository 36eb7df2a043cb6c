namespace Jobpocalypse.Dataset;

/// <summary>
/// Occupational Outlook Handbook profiles per occupation: the BLS O*NET → OOH crosswalk names the profile; the
/// 2024–34 profile table (joined on the profile URL, case-insensitively: the crosswalk writes '/OOH/', the table
/// '/ooh/') gives BLS's outlook. Where the crosswalk has no profile ('—') but the 2024–34 table has one for the
/// occupation's SOC code, that profile is used.
/// </summary>
internal static class OohSource
{
    /// <summary>The profiles, and the occupations whose profile the crosswalk names (not found through the SOC code).</summary>
    public sealed record Profiles(List<OohProfileRow> Rows, IReadOnlySet<string> FromCrosswalk);

    private sealed record Profile(string Title, string SocCode, string Url, int? OutlookPct, string? OutlookWording);

    private sealed record CrosswalkEntry(string Title, string Group, string Url);

    public static Profiles Read(DatasetInputs inputs, IReadOnlyList<OccupationRow> occupations)
    {
        var crosswalk = ReadCrosswalk(inputs);
        var profilesByUrl = ReadProfiles(inputs);

        // Group names (brief) by the URL's section ('/ooh/healthcare/…' → 'Healthcare'), as the crosswalk uses them.
        var groupBySection = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in crosswalk.Values.OfType<CrosswalkEntry>())
            groupBySection.TryAdd(Section(entry.Url), entry.Group);
        var profilesBySoc = profilesByUrl.Values
            .Where(p => p.SocCode.Length > 0)
            .GroupBy(p => p.SocCode, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);

        var rows = new List<OohProfileRow>();
        var fromCrosswalk = new HashSet<string>(StringComparer.Ordinal);
        foreach (var occupation in occupations)
        {
            if (!crosswalk.TryGetValue(occupation.Code, out var entry))
                continue;
            if (entry is not null)
            {
                var profile = profilesByUrl.GetValueOrDefault(entry.Url);
                rows.Add(new OohProfileRow
                {
                    OccupationCode = occupation.Code, Title = profile?.Title ?? entry.Title, Url = profile?.Url ?? entry.Url,
                    GroupName = entry.Group, OutlookPct = profile?.OutlookPct, OutlookWording = profile?.OutlookWording,
                });
                fromCrosswalk.Add(occupation.Code);
            }
            else if (profilesBySoc.TryGetValue(occupation.SocCode, out var profile)
                     && groupBySection.TryGetValue(Section(profile.Url), out var group))
            {
                rows.Add(new OohProfileRow
                {
                    OccupationCode = occupation.Code, Title = profile.Title, Url = profile.Url, GroupName = group,
                    OutlookPct = profile.OutlookPct, OutlookWording = profile.OutlookWording,
                });
            }
        }
        return new Profiles(rows, fromCrosswalk);
    }

    /// <summary>Crosswalk entries by O*NET-SOC code; null where BLS lists no profile ('—').</summary>
    private static Dictionary<string, CrosswalkEntry?> ReadCrosswalk(DatasetInputs inputs)
    {
        const string code = "O*NET-SOC Code", title = "OOH Profile Title", group = "OOH Occupation Group (brief)", url = "OOH Profile Website";
        var entries = new Dictionary<string, CrosswalkEntry?>(StringComparer.Ordinal);
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.OohCrosswalk, ',', code, title, group, url))
        {
            var onet = row.Code(code, SourceCodes.Onet(), SourceCodes.OnetDescription);
            var website = row.TextOrDash(url);
            var entry = website is null
                ? null
                : new CrosswalkEntry(
                    row.TextOrDash(title) ?? throw row.Error($"column '{title}': a profile URL without a title"),
                    row.TextOrDash(group) ?? throw row.Error($"column '{group}': a profile URL without a group"),
                    CheckUrl(row, url, website));
            if (!entries.TryAdd(onet, entry))
                throw row.Error($"duplicate occupation '{onet}'");
        }
        return entries;
    }

    private static Dictionary<string, Profile> ReadProfiles(DatasetInputs inputs)
    {
        const string title = "title", soc = "soc_code", pct = "outlook_pct", wording = "outlook_desc", url = "url";
        var profiles = new Dictionary<string, Profile>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.OohProfiles, ',', title, soc, pct, wording, url))
        {
            var socCode = row.Optional(soc) is null ? "" : row.Code(soc, SourceCodes.Soc(), SourceCodes.SocDescription);
            var website = CheckUrl(row, url, row.Text(url));
            var profile = new Profile(row.Text(title), socCode, website, row.OptionalInt(pct), row.Optional(wording));
            if (!profiles.TryAdd(website, profile))
                throw row.Error($"duplicate profile URL '{website}'");
        }
        return profiles;
    }

    private static string CheckUrl(SourceRow row, string column, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Segments.Length >= 3
            ? url
            : throw row.Error($"column '{column}': '{url}' is not an OOH profile URL");

    private static string Section(string url) => new Uri(url).Segments[2].TrimEnd('/');
}
