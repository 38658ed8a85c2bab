namespace ChatBot.Protocol.Clients;

/// <summary>Teams addresses bots as <c>28:{appId}</c>.</summary>
public static class BotIds
{
    public const string TeamsBotPrefix = "28:";

    /// <summary>Adds <c>28:</c> to a bare GUID app id; leaves prefixed or non-GUID (emulator) ids as they are.</summary>
    public static string ToTeamsBotId(string botId) =>
        Guid.TryParse(botId, out _) ? TeamsBotPrefix + botId : botId;
}
