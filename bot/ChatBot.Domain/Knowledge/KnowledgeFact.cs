namespace ChatBot.Domain.Knowledge;

/// <summary>
/// A fact several answers state (the article for family numbers, the 確報 period, a retention period), declared once in
/// <c>facts.yaml</c> so that every entry stating it can be checked to give the same value.
/// </summary>
/// <param name="Rule">The incident-rules value it must equal (see <see cref="KnowledgeConsistency"/>), when the rules hold it too.</param>
public sealed record KnowledgeFact(string Id, LocalizedText What, string? Rule);
