namespace ChatBot.Host.Features.Knowledge.Generation;

/// <summary>Optional generated answers. Without an endpoint and deployment nothing calls out.</summary>
public sealed class AzureOpenAIOptions
{
    public const string Section = "AzureOpenAI";

    public string? Endpoint { get; set; }

    public string? Deployment { get; set; }

    /// <summary>An API key; when empty the bot authenticates with its managed identity / Azure credentials.</summary>
    public string? ApiKey { get; set; }

    /// <summary>After this the extractive answer is sent instead.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Deployment);
}
