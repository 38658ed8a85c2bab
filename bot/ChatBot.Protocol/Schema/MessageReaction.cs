namespace ChatBot.Protocol.Schema;

/// <summary>One reaction (<c>like</c>, <c>heart</c>, …) on a message.</summary>
public sealed class MessageReaction
{
    public string? Type { get; set; }
}
