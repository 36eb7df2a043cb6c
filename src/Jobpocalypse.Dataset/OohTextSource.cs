namespace Jobpocalypse.Dataset;

/// <summary>
/// The "What they do" text of each Occupational Outlook Handbook profile (<c>bls/ooh_what_they_do_2024_34.tsv</c>:
/// paragraphs and list items joined by " ¶ "), the only text an editorial analysis may quote as BLS evidence.
/// </summary>
internal static class OohTextSource
{
    /// <summary>The separator between the paragraphs and list items of a profile's text.</summary>
    public const string Separator = " ¶ ";

    public static List<OohTextRow> Read(DatasetInputs inputs)
    {
        const string title = "profile_title", url = "profile_url", text = "what_they_do";
        var rows = new List<OohTextRow>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.OohWhatTheyDo, '\t', title, url, text))
        {
            var website = row.Text(url);
            if (!Uri.TryCreate(website, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
                throw row.Error($"column '{url}': '{website}' is not an OOH profile URL");
            if (!seen.Add(website))
                throw row.Error($"duplicate profile URL '{website}'");
            rows.Add(new OohTextRow { Url = website, Title = row.Text(title), WhatTheyDo = row.Text(text) });
        }
        return rows;
    }

    /// <summary>
    /// Each occupation's profile text, joined through the O*NET → Handbook crosswalk's profile URL (case-insensitively:
    /// the crosswalk writes '/OOH/'). A profile found only through the SOC code is not used: its text may describe
    /// other occupations.
    /// </summary>
    public static Dictionary<string, OohTextRow> ByOccupation(OohSource.Profiles profiles, IEnumerable<OohTextRow> texts)
    {
        var byUrl = texts.ToDictionary(t => t.Url, StringComparer.OrdinalIgnoreCase);
        return profiles.Rows
            .Where(p => profiles.FromCrosswalk.Contains(p.OccupationCode) && byUrl.ContainsKey(p.Url))
            .ToDictionary(p => p.OccupationCode, p => byUrl[p.Url], StringComparer.Ordinal);
    }
}
