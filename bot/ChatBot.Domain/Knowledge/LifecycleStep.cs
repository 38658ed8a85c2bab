namespace ChatBot.Domain.Knowledge;

/// <summary>One step of the My Number lifecycle (<c>lifecycle/&lt;step&gt;.yaml</c>) with its business patterns.</summary>
/// <param name="Id">collect | store | use | provide | dispose.</param>
public sealed record LifecycleStep(
    string Id,
    LocalizedText Title,
    LocalizedText? Scope,
    IReadOnlyList<SourceCitation> Sources,
    IReadOnlyList<ProcessStep> Preconditions,
    IReadOnlyList<LifecyclePattern> Patterns)
{
    public static IReadOnlyList<string> KnownIds { get; } = ["collect", "store", "use", "provide", "dispose"];
}

/// <summary>A business pattern of a lifecycle step (the seed's lettered pattern, e.g. 電子ファイル).</summary>
public sealed record LifecyclePattern(
    string Id,
    string StepId,
    string? Letter,
    LocalizedText Title,
    LocalizedText? Summary,
    IReadOnlyList<SourceCitation> Sources,
    IReadOnlyList<ProcessStep> Steps)
{
    public IEnumerable<Countermeasure> Countermeasures => Steps.SelectMany(s => s.Countermeasures);

    public IEnumerable<Concern> Concerns => Steps.SelectMany(s => s.Concerns);
}

/// <summary>One numbered process step (or a 【前提】 precondition row, with <see cref="No"/> null).</summary>
public sealed record ProcessStep(
    int? No,
    LocalizedText? Actor,
    LocalizedText Action,
    IReadOnlyList<Concern> Concerns,
    IReadOnlyList<Countermeasure> Countermeasures);

/// <summary>A risk or point of care in a process step.</summary>
/// <param name="Risk">high | medium | low, when given.</param>
public sealed record Concern(string Id, LocalizedText Text, string? Risk);

/// <summary>What to do about one or more concerns, in a safety-measure category.</summary>
public sealed record Countermeasure(
    string Id,
    LocalizedText Text,
    string? Category,
    string? Measure,
    IReadOnlyList<string> Addresses,
    LocalizedText? Sme,
    IReadOnlyList<SourceCitation> Sources);
