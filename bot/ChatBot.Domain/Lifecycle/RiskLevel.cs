namespace ChatBot.Domain.Lifecycle;

/// <summary>The risk of a concern (<c>risk:</c> in the lifecycle YAML), ordered so that higher sorts first when descending.</summary>
public enum RiskLevel
{
    None = 0,
    Low = 1,
    Medium = 2,
    High = 3,
}

public static class RiskLevels
{
    public static RiskLevel Parse(string? risk) => risk switch
    {
        "high" => RiskLevel.High,
        "medium" => RiskLevel.Medium,
        "low" => RiskLevel.Low,
        _ => RiskLevel.None,
    };

    public static string Code(this RiskLevel risk) => risk switch
    {
        RiskLevel.High => "high",
        RiskLevel.Medium => "medium",
        RiskLevel.Low => "low",
        _ => "none",
    };
}
