namespace ChatBot.Host.Outbox;

/// <summary>The stored spellings of <see cref="OutboxKind"/> and <see cref="OutboxStatus"/>.</summary>
internal static class OutboxNames
{
    public const string Pending = "pending";
    public const string InFlight = "in_flight";
    public const string Sent = "sent";
    public const string Dead = "dead";

    public static string ToDb(this OutboxKind kind) => kind switch
    {
        OutboxKind.Send => "send",
        OutboxKind.CreateAndSend => "createAndSend",
        OutboxKind.Update => "update",
        OutboxKind.Delete => "delete",
        OutboxKind.Reply => "reply",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static OutboxKind ParseKind(string value) => value switch
    {
        "send" => OutboxKind.Send,
        "createAndSend" => OutboxKind.CreateAndSend,
        "update" => OutboxKind.Update,
        "delete" => OutboxKind.Delete,
        "reply" => OutboxKind.Reply,
        _ => throw new FormatException($"Unknown outbox kind '{value}'."),
    };

    public static OutboxStatus ParseStatus(string value) => value switch
    {
        Pending => OutboxStatus.Pending,
        InFlight => OutboxStatus.InFlight,
        Sent => OutboxStatus.Sent,
        Dead => OutboxStatus.Dead,
        _ => throw new FormatException($"Unknown outbox status '{value}'."),
    };
}
