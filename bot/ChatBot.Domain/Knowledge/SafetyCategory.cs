namespace ChatBot.Domain.Knowledge;

/// <summary>The safety-measure categories of the PPC guideline 別添1 used as <c>category</c> in the content.</summary>
public static class SafetyCategory
{
    public const string Organizational = "organizational";
    public const string Human = "human";
    public const string Physical = "physical";
    public const string Technical = "technical";
    public const string Policy = "policy";
    public const string Rules = "rules";
    public const string External = "external";

    public static IReadOnlyList<string> All { get; } =
        [Organizational, Human, Physical, Technical, Policy, Rules, External];

    public static bool IsKnown(string? category) => category is not null && All.Contains(category);
}
