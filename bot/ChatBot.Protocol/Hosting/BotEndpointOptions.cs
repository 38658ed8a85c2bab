namespace ChatBot.Protocol.Hosting;

/// <summary>The <c>Bot:Endpoint</c> section: limits of the messaging endpoint.</summary>
public sealed class BotEndpointOptions
{
    public const string SectionName = "Bot:Endpoint";

    /// <summary>Largest accepted activity; Teams messages are capped near 100 KB, so 256 KB leaves room for invokes.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
