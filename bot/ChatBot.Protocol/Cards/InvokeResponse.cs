namespace ChatBot.Protocol.Cards;

/// <summary>The HTTP answer to an invoke: the status code and a body serialized with <c>ProtocolJson.Options</c>.</summary>
public sealed record InvokeResponse(int Status, object? Body = null);
