namespace Jobpocalypse.Web.Reports;

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

    /// <summary>CC BY 4.0 asks for the authors, the title, the licence and what was changed.</summary>
    public const string ObservedUse =
        "Tomlinson K, Jaffe S, Wang W, Counts S, Suri S (2025) \"Working with AI: Measuring the Applicability of Generative AI to Occupations\", arXiv:2507.07935. Data © Microsoft, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), built on O*NET 29.0 (CC BY 4.0) and BLS crosswalks. Used as published; this site shows the AI applicability score × 100.";

    /// <summary>The authors' own caveat, in our words: their metrics describe use, not the ability to replace anyone.</summary>
    public const string ObservedUseCaveat =
        "These figures describe what people already ask a consumer AI assistant to help with in this occupation's work activities, and how often it succeeds. They measure use, not whether AI could replace anyone in the job.";

    /// <summary>The MIT licence asks that its copyright and permission notice travel with the labels we republish.</summary>
    public const string EloundouNotice = "Copyright (c) 2024 OpenAI. Released under the MIT License; the copyright notice and permission notice are reproduced on this site's /sources page.";

    public const string EloundouLicence = """
        MIT License

        Copyright (c) 2024 OpenAI

        Permission is hereby granted, free of charge, to any person obtaining a copy
        of this software and associated documentation files (the "Software"), to deal
        in the Software without restriction, including without limitation the rights
        to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
        copies of the Software, and to permit persons to whom the Software is
        furnished to do so, subject to the following conditions:

        The above copyright notice and this permission notice shall be included in all
        copies or substantial portions of the Software.

        THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
        OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
        SOFTWARE.
        """;
}
