namespace ChatBot.Host.Outbox;

/// <summary>The row's id, and whether this call created it (false: the dedupe key already existed).</summary>
public readonly record struct OutboxEnqueueResult(Guid Id, bool Created);
