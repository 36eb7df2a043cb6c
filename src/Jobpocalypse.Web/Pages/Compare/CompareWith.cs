using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Pages.Compare;

/// <summary>The "Compare with…" form: the occupations already chosen ride along as hidden o= fields; the box adds one more.</summary>
public sealed record CompareWith(IReadOnlyList<OccupationEntry> Chosen, string InputId);
