namespace ChatBot.Protocol.Clients;

/// <summary>The bot's outbound token for the Bot Connector.</summary>
public interface IBotTokenProvider
{
    /// <summary>A valid access token, or null in anonymous mode (nothing to authenticate with).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>Drop the cached token (after a 401) so the next call fetches a fresh one.</summary>
    void Invalidate();
}
