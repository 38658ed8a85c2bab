namespace ChatBot.Protocol.Clients;

/// <summary>The connector's answer to a send/reply/update: the activity id (absent on 202, e.g. split messages or typing).</summary>
public sealed record ResourceResponse(string? Id);
