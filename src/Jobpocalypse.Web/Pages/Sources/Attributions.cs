namespace Jobpocalypse.Web.Pages.Sources;

/// <summary>
/// Attribution and citation wording the sources ask for, word for word as data/PROVENANCE.md records it.
/// Kept in one place so that every page that credits a source uses the same text.
/// </summary>
public static class Attributions
{
    /// <summary>The sentence the O*NET CC BY 4.0 licence requires of every site that uses the database.</summary>
    public const string Onet =
        "This site includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.";

    public const string Aioe2021 =
        "Felten E, Raj M, Seamans R (2021) \"Occupational, industry, and geographic exposure to artificial intelligence: A novel dataset and its potential uses\", Strategic Management Journal 42(12):2195–2217";

    public const string LmAioe2023 =
        "Felten, Raj & Seamans (2023) \"How will Language Modelers like ChatGPT Affect Occupations and Industries?\"";

    public const string Eloundou2023 =
        "Eloundou, T., Manning, S., Mishkin, P., & Rock, D. (2023). \"GPTs are GPTs: An Early Look at the Labor Market Impact Potential of Large Language Models.\" arXiv:2303.10130.";
}
