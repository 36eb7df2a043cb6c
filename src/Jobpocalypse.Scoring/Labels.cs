namespace Jobpocalypse.Scoring;

/// <summary>Eloundou et al. (2023) exposure rubric: E0 no exposure, E1 direct LLM exposure, E2 exposure given LLM-powered tools.</summary>
public enum ExposureLabel { E0, E1, E2 }

/// <summary>Eloundou et al. (2023) automation rubric, T0 (none) to T4 (full automation).</summary>
public enum AutomationLabel { T0, T1, T2, T3, T4 }

/// <summary>O*NET's task designation. Unrated tasks have no Core/Supplemental type.</summary>
public enum TaskType { Core, Supplemental, Unrated }

public static class LabelParser
{
    public static ExposureLabel? Exposure(string? text) => text switch
    {
        "E0" => ExposureLabel.E0,
        "E1" => ExposureLabel.E1,
        "E2" => ExposureLabel.E2,
        null or "" => null,
        _ => throw new FormatException($"Unknown exposure label '{text}'."),
    };

    public static AutomationLabel? Automation(string? text) => text switch
    {
        "T0" => AutomationLabel.T0,
        "T1" => AutomationLabel.T1,
        "T2" => AutomationLabel.T2,
        "T3" => AutomationLabel.T3,
        "T4" => AutomationLabel.T4,
        null or "" => null,
        _ => throw new FormatException($"Unknown automation label '{text}'."),
    };

    public static TaskType Type(string? text) => text switch
    {
        "Core" => TaskType.Core,
        "Supplemental" => TaskType.Supplemental,
        null or "" => TaskType.Unrated,
        _ => throw new FormatException($"Unknown task type '{text}'."),
    };
}
