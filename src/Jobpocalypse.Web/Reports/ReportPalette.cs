using System.Reflection;
using System.Text.RegularExpressions;
using Jobpocalypse.Scoring;

namespace Jobpocalypse.Web.Reports;

/// <summary>A colour of the report, named by what it is for; each is a custom property of site.css (<see cref="ReportPalette.Property"/>).</summary>
public enum PaletteRole
{
    Ink, Muted, Line, Paper, Tint, Accent, ChartValue, ChartTotal, LevelEntry, LevelMid, LevelSenior,
    VeryHigh, High, Moderate, Low, VeryLow,
}

/// <summary>
/// The report's colours, read from the <c>:root</c> custom properties of wwwroot/css/site.css (embedded in this
/// assembly), so the page and the PDF draw with one palette. Parsed once; a role missing from the stylesheet fails
/// the start rather than drawing the PDF in a wrong colour.
/// </summary>
public sealed partial class ReportPalette
{
    private readonly IReadOnlyDictionary<PaletteRole, string> _hex;

    private ReportPalette(IReadOnlyDictionary<PaletteRole, string> hex) => _hex = hex;

    /// <summary>The palette of the stylesheet this assembly ships.</summary>
    public static ReportPalette Site { get; } = Parse(ReadSiteCss());

    /// <summary>The role's colour as <c>#rrggbb</c>.</summary>
    public string Hex(PaletteRole role) => _hex[role];

    /// <summary>The custom property that holds the role's colour: ChartValue → <c>--chart-value</c>.</summary>
    public static string Property(PaletteRole role) => "--" + Kebab().Replace(role.ToString(), "$1-$2").ToLowerInvariant();

    /// <summary>A band's role, by its name ("Very high" → VeryHigh); null for a band the palette does not know.</summary>
    public static PaletteRole? BandRole(ScoreBand? band) =>
        band is not null && Enum.TryParse<PaletteRole>(band.Name.Replace(" ", ""), ignoreCase: true, out var role) && role >= PaletteRole.VeryHigh
            ? role : null;

    public static ReportPalette Parse(string css)
    {
        var root = Root().Match(css);
        if (!root.Success) throw new InvalidOperationException("site.css has no :root block of custom properties.");
        var declared = Declaration().Matches(root.Groups["body"].Value).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value.ToLowerInvariant());
        var missing = Enum.GetValues<PaletteRole>().Where(r => !declared.ContainsKey(Property(r))).Select(Property).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"site.css declares no #rrggbb colour for {string.Join(", ", missing)}, which the report draws with.");
        return new ReportPalette(Enum.GetValues<PaletteRole>().ToDictionary(r => r, r => declared[Property(r)]));
    }

    private static string ReadSiteCss()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Jobpocalypse.Web.site.css")
            ?? throw new InvalidOperationException("site.css is not embedded in the web assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@":root\s*\{(?<body>[^}]*)\}")]
    private static partial Regex Root();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex Kebab();

    [GeneratedRegex(@"(?<name>--[a-z0-9-]+)\s*:\s*(?<value>#[0-9a-fA-F]{6})\s*;")]
    private static partial Regex Declaration();
}
