namespace ChatBot.Protocol.Schema;

/// <summary>A <c>mention</c> entity: the <c>&lt;at&gt;…&lt;/at&gt;</c> markup and who it names.</summary>
public sealed record Mention(string? Text, ChannelAccount Mentioned);
