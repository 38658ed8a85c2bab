namespace ChatBot.Domain.Lifecycle;

/// <summary>What the handler answered for one countermeasure, with an optional note (already masked).</summary>
public sealed record RecordedAnswer(string CountermeasureId, AssessmentAnswer Answer, string? Note);
