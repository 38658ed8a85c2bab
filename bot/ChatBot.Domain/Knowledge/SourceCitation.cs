namespace ChatBot.Domain.Knowledge;

/// <summary>A reference from content to <c>sources.yaml</c>: <c>{ source: id, section: "..." }</c>.</summary>
public sealed record SourceCitation(string SourceId, string? Section);
