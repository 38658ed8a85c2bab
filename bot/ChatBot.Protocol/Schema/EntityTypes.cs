namespace ChatBot.Protocol.Schema;

/// <summary>Values of <c>entity.type</c> this library reads or writes.</summary>
public static class EntityTypes
{
    public const string Mention = "mention";
    public const string ClientInfo = "clientInfo";
    public const string AiMessage = "https://schema.org/Message";
}
