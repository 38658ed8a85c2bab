using ChatBot.Host.Infrastructure.Durable;

namespace ChatBot.Host.Outbox;

/// <summary>Wakes the outbox worker when a message is enqueued.</summary>
internal sealed class OutboxSignal : WakeSignal;
