using System.ClientModel;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AiChatRole = Microsoft.Extensions.AI.ChatRole;

namespace ChatBot.Host.Features.Knowledge.Generation;

/// <summary>
/// <see cref="IChatClient"/> over Azure OpenAI (Azure.AI.OpenAI 2.1), so the generator stays swappable. The
/// Microsoft.Extensions.AI.OpenAI adapter on this feed targets a newer OpenAI SDK than Azure.AI.OpenAI 2.1
/// binds to, hence this small adapter covering the one call we make.
/// </summary>
internal sealed class AzureOpenAIChatClient : IChatClient
{
    private readonly ChatClient _chat;

    public AzureOpenAIChatClient(AzureOpenAIOptions options)
    {
        var endpoint = new Uri(options.Endpoint!);
        var client = string.IsNullOrWhiteSpace(options.ApiKey)
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential())
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey));
        _chat = client.GetChatClient(options.Deployment);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = messages.Select<AiChatMessage, OpenAI.Chat.ChatMessage>(m =>
            m.Role == AiChatRole.System ? new SystemChatMessage(m.Text)
            : m.Role == AiChatRole.Assistant ? new AssistantChatMessage(m.Text)
            : new UserChatMessage(m.Text)).ToList();
        var completion = await _chat.CompleteChatAsync(request, new ChatCompletionOptions
        {
            Temperature = options?.Temperature ?? 0,
            MaxOutputTokenCount = options?.MaxOutputTokens ?? 600,
        }, cancellationToken);
        var text = string.Concat(completion.Value.Content.Select(p => p.Text));
        return new ChatResponse(new AiChatMessage(AiChatRole.Assistant, text));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Answers are sent whole, not streamed.");

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
