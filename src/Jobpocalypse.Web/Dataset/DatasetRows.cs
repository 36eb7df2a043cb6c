namespace Jobpocalypse.Web.Dataset;

// One record type per table of the reference database; property names match the insert parameters.

internal sealed record CategoryRow(string Code, string SocCode, string Title, string Slug);

internal sealed record OccupationRow(
    string Code, string SocCode, string Title, string Description, string Slug, string CategoryCode, int? JobZone);

internal sealed record TaskRow(
    string OccupationCode, int TaskId, string Text, string? TaskType, int? PaperCoreWeight,
    string? HumanExposure, string? Gpt4Exposure, string? Gpt4Automation);

internal sealed record BlsProjectionRow(
    string Release, string SocCode, string Title, double EmploymentStart, double EmploymentEnd, double ChangePct,
    double Openings, int? MedianWage, string? MedianWageNote, string? EntryEducation, string? WorkExperience, string? Training);

internal sealed record OohProfileRow(
    string OccupationCode, string Title, string Url, string GroupName, int? OutlookPct, string? OutlookWording, string MatchedBy);

internal sealed record EducationalAttainmentRow(
    string SocCode, double LessThanHs, double HighSchool, double SomeCollege, double Associate,
    double Bachelor, double Master, double Doctoral);

internal sealed record AioeRow(string Soc2010Code, string Title, double Aioe, double LmAioe);

internal sealed record OccupationSoc2010Row(string OccupationCode, string Soc2010Code);

internal sealed record RelatedOccupationRow(string OccupationCode, string RelatedCode, string Tier, int Rank);

internal sealed record AlternateTitleRow(string OccupationCode, string Title, string? ShortTitle);

internal sealed record OohTextRow(string Url, string Title, string WhatTheyDo);

internal sealed record EditorialAnalysisRow(string OccupationCode, string? Source, string Reviewed, string? EvidenceProfileUrl);

internal sealed record EditorialTaskRow(
    string OccupationCode, int Position, string Title, string Stance, string Rationale, string? BlsEvidence);

internal sealed record EditorialTaskSourceRow(string OccupationCode, int Position, int TaskId);

internal sealed record EditorialNotGroupedRow(string OccupationCode, int TaskId, string Reason);

internal sealed record SearchTitleRow(string OccupationCode, string Kind, string Title);

internal sealed record ToolCategoryRow(string Id, int Position, string Name, string Why, string Checks);

internal sealed record ToolPatternRow(string CategoryId, int Position, string Pattern);

internal sealed record ObservedUseRow(string SocCode, double Applicability);

internal sealed record WorkActivityRow(string IwaId, string Title, double ShareOfUse, double? Completion);

internal sealed record SocWorkActivityRow(string SocCode, string IwaId);

internal sealed record PaperBetaRow(string OccupationCode, double Gpt4Beta, double? HumanBeta);
