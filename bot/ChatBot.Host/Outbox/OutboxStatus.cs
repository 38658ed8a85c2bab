namespace ChatBot.Host.Outbox;

/// <summary>Row state. Stored as <c>pending</c>, <c>in_flight</c>, <c>sent</c>, <c>dead</c>.</summary>
public enum OutboxStatus
{
    Pending,
    InFlight,
    Sent,
    Dead,
}
