namespace Jobpocalypse.Dataset;

/// <summary>Reads the SOC 2019 structure (major groups: the categories) and the O*NET-SOC 2010 → 2019 crosswalk.</summary>
internal static class SocSource
{
    /// <summary>Major groups by 2-digit code ('29'), in file order.</summary>
    public static List<CategoryRow> ReadMajorGroups(DatasetInputs inputs)
    {
        const string major = "Major Group", title = "SOC or O*NET-SOC 2019 Title";
        var groups = new List<CategoryRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.SocStructure, ',', major, title))
        {
            if (row.Optional(major) is null)
                continue;
            var socCode = row.Code(major, SourceCodes.MajorGroup(), SourceCodes.MajorGroupDescription);
            if (!seen.Add(socCode))
                throw row.Error($"duplicate major group '{socCode}'");
            var name = row.Text(title);
            groups.Add(new CategoryRow { Code = socCode[..2], SocCode = socCode, Title = name, Slug = Slug.ForCategory(name) });
        }
        return groups;
    }

    /// <summary>(O*NET-SOC 2019 code, 7-character SOC 2010 code) pairs for the occupations in <paramref name="included"/>, distinct, in file order.</summary>
    public static List<OccupationSoc2010Row> ReadSoc2010Crosswalk(DatasetInputs inputs, IReadOnlySet<string> included)
    {
        const string code2010 = "O*NET-SOC 2010 Code", code2019 = "O*NET-SOC 2019 Code";
        var rows = new List<OccupationSoc2010Row>();
        var seen = new HashSet<(string, string)>();
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.Soc2010Crosswalk, ',', code2010, code2019))
        {
            var from = row.Code(code2010, SourceCodes.Onet(), SourceCodes.OnetDescription);
            var to = row.Code(code2019, SourceCodes.Onet(), SourceCodes.OnetDescription);
            if (included.Contains(to) && seen.Add((to, from[..7])))
                rows.Add(new OccupationSoc2010Row { OccupationCode = to, Soc2010Code = from[..7] });
        }
        return rows;
    }
}
