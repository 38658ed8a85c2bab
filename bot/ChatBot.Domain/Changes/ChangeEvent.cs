namespace ChatBot.Domain.Changes;

/// <summary>What a change records in its audit stream: the action name and its details (an object serialized as JSON).</summary>
public sealed record ChangeEvent(string Action, object? Details);
