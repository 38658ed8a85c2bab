namespace ChatBot.Host.Outbox;

/// <summary>Rows per status.</summary>
public sealed record OutboxCounts(long Pending, long InFlight, long Sent, long Dead);
