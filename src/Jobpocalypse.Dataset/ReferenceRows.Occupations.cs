namespace Jobpocalypse.Dataset;

// The rows of the reference database: the builder inserts them (property names are the insert parameters) and the
// loader reads them (column aliases match the property names). Classes with init properties, because Dapper maps
// SQLite's INTEGER (a long) onto an int property but not onto a constructor's int parameter.

public sealed class CategoryRow
{
    public string Code { get; init; } = "";
    public string SocCode { get; init; } = "";
    public string Title { get; init; } = "";
    public string Slug { get; init; } = "";

    /// <summary>"Healthcare Practitioners and Technical" — the title without the trailing "Occupations".</summary>
    public string ShortTitle => Title.EndsWith(" Occupations", StringComparison.Ordinal) ? Title[..^" Occupations".Length] : Title;
}

public sealed class OccupationRow
{
    public string Code { get; init; } = "";
    public string SocCode { get; init; } = "";
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string Slug { get; init; } = "";
    public string CategoryCode { get; init; } = "";
}

public sealed class TaskRow
{
    public string OccupationCode { get; init; } = "";
    public int TaskId { get; init; }
    public string Text { get; init; } = "";
    public string? TaskType { get; init; }
    public string? HumanExposure { get; init; }
    public string? Gpt4Exposure { get; init; }
    public string? Gpt4Automation { get; init; }
}

/// <summary>A BLS Employment Projections line item (table bls_projections); employment and openings in thousands.</summary>
public sealed class ProjectionRow
{
    public string Release { get; init; } = "";
    public string SocCode { get; init; } = "";
    public string Title { get; init; } = "";
    public double? EmploymentStart { get; init; }
    public double? EmploymentEnd { get; init; }
    public double? ChangePct { get; init; }
    public double? Openings { get; init; }
    public int? MedianWage { get; init; }
    public string? EntryEducation { get; init; }
    public string? WorkExperience { get; init; }
    public string? Training { get; init; }
}

public sealed class OohProfileRow
{
    public string OccupationCode { get; init; } = "";
    public string Title { get; init; } = "";
    public string Url { get; init; } = "";
    public string GroupName { get; init; } = "";
    public int? OutlookPct { get; init; }
    public string? OutlookWording { get; init; }
}

/// <summary>An O*NET related occupation (table related_occupations).</summary>
public sealed class RelatedRow
{
    public string OccupationCode { get; init; } = "";
    public string RelatedCode { get; init; } = "";
    public string Tier { get; init; } = "";
    public int Rank { get; init; }
}

/// <summary>An O*NET intermediate work activity with its observed AI use (Tomlinson et al. 2025), 0–1.</summary>
public sealed class WorkActivityRow
{
    public string IwaId { get; init; } = "";
    public string Title { get; init; } = "";
    public double ShareOfUse { get; init; }
    public double? Completion { get; init; }
}

public sealed class SocWorkActivityRow
{
    public string SocCode { get; init; } = "";
    public string IwaId { get; init; } = "";
}

public sealed class ObservedUseRow
{
    public string SocCode { get; init; } = "";
    public double Applicability { get; init; }
}

/// <summary>Eloundou et al.'s (2023) occupation-level betas, kept for the validation report.</summary>
public sealed class PaperBetaRow
{
    public string OccupationCode { get; init; } = "";
    public double Gpt4Beta { get; init; }
    public double? HumanBeta { get; init; }
}
