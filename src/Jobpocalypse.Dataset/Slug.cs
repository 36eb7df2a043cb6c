using System.Text;

namespace Jobpocalypse.Dataset;

/// <summary>
/// URL slugs: lower-case ASCII letters and digits, apostrophes dropped ("sheriff's" → "sheriffs", as a reader
/// would type it), every other run of characters one hyphen.
/// </summary>
internal static class Slug
{
    private const string OccupationsSuffix = " Occupations";

    public static string From(string text)
    {
        var slug = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is '\'' or '’')
                continue;
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && slug.Length > 0)
                    slug.Append('-');
                pendingHyphen = false;
                slug.Append(c);
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return slug.ToString();
    }

    /// <summary>'Healthcare Practitioners and Technical Occupations' → 'healthcare-practitioners-and-technical'.</summary>
    public static string ForCategory(string title) =>
        From(title.EndsWith(OccupationsSuffix, StringComparison.Ordinal) ? title[..^OccupationsSuffix.Length] : title);

    /// <summary>
    /// '29-2072.00', 'Medical Records Specialists' → '29-2072-medical-records-specialists';
    /// '11-1011.03', 'Chief Sustainability Officers' → '11-1011.03-chief-sustainability-officers'.
    /// </summary>
    public static string ForOccupation(string code, string title) =>
        (code.EndsWith(".00", StringComparison.Ordinal) ? code[..^3] : code) + "-" + From(title);
}
