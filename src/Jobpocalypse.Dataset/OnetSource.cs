namespace Jobpocalypse.Dataset;

internal sealed record OnetOccupation(string Code, string Title, string Description, long Line);

internal sealed record OnetTask(string OccupationCode, int TaskId, string Text, string? TaskType);

/// <summary>An alternate title and short title ('CEO'): not stored as such, they become search titles.</summary>
internal sealed record OnetAlternateTitle(string OccupationCode, string Title, string? ShortTitle);

/// <summary>Reads the O*NET 29.3 files: occupations, task statements, related occupations, alternate titles.</summary>
internal static class OnetSource
{
    private const string Code = "O*NET-SOC Code";

    public static List<OnetOccupation> ReadOccupations(DatasetInputs inputs)
    {
        var occupations = new List<OnetOccupation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.OccupationData, '\t', Code, "Title", "Description"))
        {
            var code = row.Code(Code, SourceCodes.Onet(), SourceCodes.OnetDescription);
            if (!seen.Add(code))
                throw row.Error($"duplicate occupation '{code}'");
            occupations.Add(new OnetOccupation(code, row.Text("Title"), row.Text("Description"), row.Line));
        }
        return occupations;
    }

    public static List<OnetTask> ReadTasks(DatasetInputs inputs, IReadOnlySet<string> occupationCodes)
    {
        var tasks = new List<OnetTask>();
        var seen = new HashSet<(string, int)>();
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.TaskStatements, '\t', Code, "Task ID", "Task", "Task Type"))
        {
            var code = KnownOccupation(row, Code, occupationCodes);
            var id = row.Int("Task ID");
            if (id <= 0)
                throw row.Error($"column 'Task ID': {id} is not a positive task ID");
            if (!seen.Add((code, id)))
                throw row.Error($"duplicate task {id} of occupation '{code}'");
            var type = row.Optional("Task Type") is null ? null : row.OneOf("Task Type", "Core", "Supplemental");
            tasks.Add(new OnetTask(code, id, row.Text("Task"), type));
        }
        return tasks;
    }

    /// <summary>Related pairs whose both ends are in <paramref name="included"/> (occupations with tasks), in file order.</summary>
    public static List<RelatedRow> ReadRelated(DatasetInputs inputs, IReadOnlySet<string> occupationCodes, IReadOnlySet<string> included)
    {
        const string related = "Related O*NET-SOC Code";
        var rows = new List<RelatedRow>();
        var seen = new HashSet<(string, string)>();
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.RelatedOccupations, '\t', Code, related, "Relatedness Tier", "Index"))
        {
            var code = KnownOccupation(row, Code, occupationCodes);
            var relatedCode = KnownOccupation(row, related, occupationCodes);
            var tier = row.OneOf("Relatedness Tier", "Primary-Short", "Primary-Long", "Supplemental");
            var rank = row.Int("Index");
            if (rank <= 0)
                throw row.Error($"column 'Index': {rank} is not a positive rank");
            if (!seen.Add((code, relatedCode)))
                throw row.Error($"duplicate related pair '{code}' → '{relatedCode}'");
            if (included.Contains(code) && included.Contains(relatedCode))
                rows.Add(new RelatedRow { OccupationCode = code, RelatedCode = relatedCode, Tier = tier, Rank = rank });
        }
        return rows;
    }

    /// <summary>Alternate titles of the occupations in <paramref name="included"/>, in file order.</summary>
    public static List<OnetAlternateTitle> ReadAlternateTitles(DatasetInputs inputs, IReadOnlySet<string> occupationCodes, IReadOnlySet<string> included)
    {
        var rows = new List<OnetAlternateTitle>();
        foreach (var row in DelimitedFile.Read(inputs, DatasetInputs.AlternateTitles, '\t', Code, "Alternate Title", "Short Title"))
        {
            var code = KnownOccupation(row, Code, occupationCodes);
            var title = row.Text("Alternate Title");
            if (included.Contains(code))
                rows.Add(new OnetAlternateTitle(code, title, row.Optional("Short Title")));
        }
        return rows;
    }

    private static string KnownOccupation(SourceRow row, string column, IReadOnlySet<string> occupationCodes)
    {
        var code = row.Code(column, SourceCodes.Onet(), SourceCodes.OnetDescription);
        return occupationCodes.Contains(code)
            ? code
            : throw row.Error($"column '{column}': '{code}' is not an occupation in {DatasetInputs.OccupationData}");
    }
}
