namespace ChatBot.Protocol.Schema;

/// <summary>The <c>clientInfo</c> entity Teams adds to user messages.</summary>
public sealed record ClientInfo(string? Locale, string? Country, string? Platform, string? Timezone);
