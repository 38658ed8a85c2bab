namespace ChatBot.Protocol.Clients;

/// <summary>The connector's answer to creating a conversation.</summary>
public sealed record ConversationResourceResponse(string Id, string? ActivityId, string? ServiceUrl);
