using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Domain.Knowledge;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Features.Knowledge.Generation;

/// <summary>
/// Rewrites an extractive answer to fit the question, using only the retrieved passages. The result is kept only
/// if every <c>[n]</c> marker refers to a passage that was given, at least one is present, and it is short;
/// otherwise, on a timeout or an error, the extractive answer stands.
/// </summary>
public sealed partial class GroundedAnswerGenerator(IChatClient chat, IOptions<AzureOpenAIOptions> options, ILogger<GroundedAnswerGenerator> logger)
{
    private const int MaxGeneratedLength = 700;

    public async Task<string?> TryGenerateAsync(string question, KnowledgeAnswer extractive, CancellationToken cancellationToken)
    {
        if (!extractive.Found || extractive.Citations.Count == 0) return null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            var response = await chat.GetResponseAsync(Prompt(question, extractive), new ChatOptions { Temperature = 0, MaxOutputTokens = 600 }, timeout.Token);
            var text = response.Text.Trim();
            return IsGrounded(text, extractive) ? text : Reject(text);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.GenerationTimedOut(logger);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.GenerationFailed(logger, e.GetType().Name);
            return null;
        }
    }

    private string? Reject(string text)
    {
        Log.GenerationRejected(logger, text.Length);
        return null;
    }

    internal static bool IsGrounded(string text, KnowledgeAnswer extractive)
    {
        if (text.Length == 0 || text.Length > MaxGeneratedLength) return false;
        var allowed = extractive.Citations.Select(c => c.Position).ToHashSet();
        var cited = Markers().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return cited.Count > 0 && cited.All(allowed.Contains);
    }

    private static List<ChatMessage> Prompt(string question, KnowledgeAnswer extractive)
    {
        var english = extractive.Language == KnowledgeLanguage.English;
        var system = english
            ? "You answer employees' questions about handling My Number (Japan's individual number) at work. Use ONLY the numbered passages. Answer in English, at most 500 characters, what to do first, bullets where natural. Cite every statement with the passage marker like [1]. If the passages do not answer the question, say so."
            : "あなたは職場でのマイナンバー（個人番号）の取扱いに関する質問に答えます。番号付きの資料だけを根拠にしてください。日本語で500文字以内、まず何をすべきかを、必要なら箇条書きで答えます。すべての記述に [1] のような資料番号を付けてください。資料で答えられない場合はそう伝えてください。";
        var passages = new StringBuilder();
        passages.AppendLine(extractive.Text);
        foreach (var c in extractive.Citations)
            passages.AppendLine($"[{c.Position}] {c.Name} {c.Section}: {c.Abstract}");
        return
        [
            new ChatMessage(ChatRole.System, system),
            new ChatMessage(ChatRole.User, $"{passages}\n---\n{question}"),
        ];
    }

    [GeneratedRegex(@"\[(\d{1,2})\]")]
    private static partial Regex Markers();
}
