using System.Text.RegularExpressions;

namespace Jobpocalypse.Dataset;

/// <summary>The shapes of the occupation codes the inputs use.</summary>
internal static partial class SourceCodes
{
    /// <summary>O*NET-SOC code, '29-2072.00'.</summary>
    [GeneratedRegex(@"^\d{2}-\d{4}\.\d{2}$")]
    public static partial Regex Onet();

    /// <summary>SOC code (2010 or 2018), '29-2072'.</summary>
    [GeneratedRegex(@"^\d{2}-\d{4}$")]
    public static partial Regex Soc();

    /// <summary>SOC major group, '29-0000'.</summary>
    [GeneratedRegex(@"^\d{2}-0000$")]
    public static partial Regex MajorGroup();

    public const string OnetDescription = "an O*NET-SOC code like '29-2072.00'";
    public const string SocDescription = "a SOC code like '29-2072'";
    public const string MajorGroupDescription = "a SOC major group code like '29-0000'";
}
