namespace Jobpocalypse.Dataset;

// The remaining tables' rows (see ReferenceRows.Occupations.cs for why they are classes).

/// <summary>Language-Modeling AIOE by SOC 2010 code: the whole published population (the prior's reference).</summary>
public sealed class AioeRow
{
    public string Soc2010Code { get; init; } = "";
    public double LmAioe { get; init; }
}

public sealed class OccupationSoc2010Row
{
    public string OccupationCode { get; init; } = "";
    public string Soc2010Code { get; init; } = "";
}

/// <summary>A Handbook profile whose "What they do" text an analysis may quote (table ooh_what_they_do).</summary>
public sealed class OohTextRow
{
    public string Url { get; init; } = "";
    public string Title { get; init; } = "";
    /// <summary>Read by the builder to check the analyses' quotes; not stored (nothing on the site prints it).</summary>
    public string WhatTheyDo { get; init; } = "";
}

public sealed class EditorialAnalysisRow
{
    public string OccupationCode { get; init; } = "";
    public string Reviewed { get; init; } = "";
    public string? EvidenceProfileUrl { get; init; }
}

public sealed class EditorialTaskRow
{
    public string OccupationCode { get; init; } = "";
    public int Position { get; init; }
    public string Title { get; init; } = "";
    public string Stance { get; init; } = "";
    public string Rationale { get; init; } = "";
    public string? BlsEvidence { get; init; }
}

public sealed class EditorialTaskSourceRow
{
    public string OccupationCode { get; init; } = "";
    public int Position { get; init; }
    public int TaskId { get; init; }
}

public sealed class EditorialNotGroupedRow
{
    public string OccupationCode { get; init; } = "";
    public int TaskId { get; init; }
    public string Reason { get; init; } = "";
}

public sealed class SearchTitleRow
{
    public string OccupationCode { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Title { get; init; } = "";
}

public sealed class SearchSynonymRow
{
    public string Term { get; init; } = "";
    public int Position { get; init; }
    public string OccupationCode { get; init; } = "";
    public string Why { get; init; } = "";
}

public sealed class ToolCategoryRow
{
    public string Id { get; init; } = "";
    public int Position { get; init; }
    public string Name { get; init; } = "";
    public string Why { get; init; } = "";
    public string Checks { get; init; } = "";
}

public sealed class ToolPatternRow
{
    public string CategoryId { get; init; } = "";
    public int Position { get; init; }
    public string Pattern { get; init; } = "";
}
