using ChatBot.Domain.Knowledge;
using ChatBot.Host.Features.Knowledge.Generation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Tests.Knowledge;

public class GroundedAnswerGeneratorTests
{
    internal static KnowledgeAnswer Extractive(KnowledgeLanguage language = KnowledgeLanguage.Japanese) => new(
        true, language, "扶養控除等申告書は7年保存します [1][2]",
        [
            new KnowledgeCitation(1, "income-tax-rule", "所得税法施行規則", "第76条の3", "申告書の保存期間", null, null),
            new KnowledgeCitation(2, "ppc-guideline", "PPCガイドライン", "第4-3-(3)", "保管と廃棄", null, null),
        ],
        "legal-retention-deduction-forms", KnowledgeDocumentKind.Entry, "保存期間", "rules", [], [], 0.8);

    private static GroundedAnswerGenerator Generator(IChatClient chat, TimeSpan? timeout = null) =>
        new(chat, Options.Create(new AzureOpenAIOptions { Timeout = timeout ?? TimeSpan.FromSeconds(2) }), NullLogger<GroundedAnswerGenerator>.Instance);

    [Fact]
    public async Task TryGenerate_CitesOnlyRetrievedPassages_IsUsed()
    {
        var chat = new ScriptedChatClient(_ => "- 提出期限の翌年1月10日の翌日から7年保存 [1]\n- 期間後は速やかに廃棄 [2]");

        var text = await Generator(chat).TryGenerateAsync("申告書の保存期間は？", Extractive(), CancellationToken.None);

        Assert.Equal("- 提出期限の翌年1月10日の翌日から7年保存 [1]\n- 期間後は速やかに廃棄 [2]", text);
        Assert.Contains("申告書の保存期間は？", chat.LastPrompt, StringComparison.Ordinal);
        Assert.Contains("[2] PPCガイドライン", chat.LastPrompt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7年保存します [3]")]   // a passage that was not retrieved
    [InlineData("7年保存します")]        // no citation at all
    [InlineData("")]
    public async Task TryGenerate_UngroundedText_FallsBack(string generated)
    {
        var text = await Generator(new ScriptedChatClient(_ => generated)).TryGenerateAsync("q", Extractive(), CancellationToken.None);
        Assert.Null(text);
    }

    [Fact]
    public async Task TryGenerate_SlowModel_TimesOutAndFallsBack()
    {
        var chat = new ScriptedChatClient(_ => "late [1]", delay: TimeSpan.FromSeconds(5));
        var text = await Generator(chat, TimeSpan.FromMilliseconds(100)).TryGenerateAsync("q", Extractive(), CancellationToken.None);
        Assert.Null(text);
    }

    [Fact]
    public async Task TryGenerate_ModelError_FallsBack()
    {
        var chat = new ScriptedChatClient(_ => throw new HttpRequestException("503"));
        Assert.Null(await Generator(chat).TryGenerateAsync("q", Extractive(), CancellationToken.None));
    }

    [Fact]
    public async Task TryGenerate_Abstention_DoesNotCallTheModel()
    {
        var chat = new ScriptedChatClient(_ => "x [1]");
        var abstention = Extractive() with { Found = false, Citations = [] };
        Assert.Null(await Generator(chat).TryGenerateAsync("q", abstention, CancellationToken.None));
        Assert.Equal(0, chat.Calls);
    }
}

internal sealed class ScriptedChatClient(Func<string, string> reply, TimeSpan? delay = null) : IChatClient
{
    public int Calls { get; private set; }

    public string LastPrompt { get; private set; } = "";

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        LastPrompt = string.Join("\n", messages.Select(m => m.Text));
        if (delay is { } d) await Task.Delay(d, cancellationToken);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, reply(LastPrompt)));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
