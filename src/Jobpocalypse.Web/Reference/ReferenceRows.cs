namespace Jobpocalypse.Web.Reference;

// Rows of the reference database as Dapper reads them; column aliases in the queries match these names.

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
    public int? JobZone { get; init; }
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

public sealed class RelatedRow
{
    public string OccupationCode { get; init; } = "";
    public string RelatedCode { get; init; } = "";
    public string Tier { get; init; } = "";
    public int Rank { get; init; }
}

public sealed class EditorialTaskRow
{
    public string OccupationCode { get; init; } = "";
    public int Position { get; init; }
    public string Title { get; init; } = "";
    public string Stance { get; init; } = "";
    public string Rationale { get; init; } = "";
    public string? BlsEvidence { get; init; }
    public string TaskIds { get; init; } = "";   // comma-separated, from group_concat
}

/// <summary>An O*NET intermediate work activity of a SOC code, with its observed AI use (Tomlinson et al. 2025), 0–1.</summary>
public sealed class WorkActivityRow
{
    public string SocCode { get; init; } = "";
    public string IwaId { get; init; } = "";
    public string Title { get; init; } = "";
    public double ShareOfUse { get; init; }
    public double? Completion { get; init; }
}

/// <summary>Eloundou et al.'s (2023) occupation-level betas, kept for the validation report.</summary>
public sealed class PaperBetaRow
{
    public string OccupationCode { get; init; } = "";
    public double Gpt4Beta { get; init; }
    public double? HumanBeta { get; init; }
}
