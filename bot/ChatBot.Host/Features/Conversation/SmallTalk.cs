using System.Text;

namespace ChatBot.Host.Features.Conversation;

/// <summary>What a whole message says when it is only a greeting, thanks or "what can you do".</summary>
public enum SmallTalkKind
{
    Greeting,
    Thanks,
    Capabilities,
}

/// <summary>
/// Recognises messages that are nothing but small talk, so that 「こんにちは」 or "thanks" get a friendly word and the
/// menu instead of "the knowledge base has no answer". Only the whole message counts: 「ありがとう。ところで…」 is a question.
/// </summary>
public static class SmallTalk
{
    private static readonly (SmallTalkKind Kind, string[] Phrases)[] Table =
    [
        (SmallTalkKind.Greeting, ["こんにちは", "こんにちわ", "こんばんは", "こんばんわ", "おはよう", "おはようございます", "はじめまして", "初めまして",
            "よろしく", "よろしくお願いします", "よろしくおねがいします", "宜しくお願いします", "よろしくお願いいたします", "お疲れ様です", "おつかれさまです",
            "お疲れさまです", "やあ", "どうも", "hi", "hello", "hey", "hi there", "hello there", "good morning", "good afternoon",
            "good evening", "nice to meet you", "yo"]),
        (SmallTalkKind.Thanks, ["ありがとう", "ありがとうございます", "ありがとうございました", "ありがと", "サンキュー", "助かりました", "たすかりました",
            "助かります", "了解です", "了解しました", "わかりました", "分かりました", "ok", "okay", "thanks", "thank you", "thank you so much",
            "thanks a lot", "thx", "ty", "great thanks", "got it", "cool"]),
        (SmallTalkKind.Capabilities, ["何ができるの", "何ができますか", "なにができるの", "なにができますか", "何ができる", "なにができる", "何ができるんですか",
            "何を聞けばいい", "何を聞けばいいですか", "使い方を教えて", "使い方おしえて", "どう使うの", "どうやって使うの", "助けて", "たすけて", "help me",
            "what can you do", "what do you do", "how do i use this", "how does this work", "how do i use you", "what can i ask",
            "what can i ask you", "can you help me", "can you help"]),
    ];

    private static readonly Dictionary<string, SmallTalkKind> Phrases = Table
        .SelectMany(t => t.Phrases.Select(p => (Key: Fold(p), t.Kind))).DistinctBy(p => p.Key).ToDictionary(p => p.Key, p => p.Kind);

    /// <summary>The kind of small talk the whole message is; null when it says anything more.</summary>
    public static SmallTalkKind? Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60) return null;

        // 「こんにちは、よろしくお願いします」: every part must be small talk; the last part decides what to answer.
        SmallTalkKind? kind = null;
        foreach (var part in text.Split(['、', ',', '。', '.', '!', '！', '?', '？', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var key = Fold(part);
            if (key.Length == 0) continue;
            if (!Phrases.TryGetValue(key, out var found)) return null;
            kind = found;
        }

        return kind;
    }

    // Width, case and spacing; the symbols, emoji and 〜/ー people add around a greeting are dropped.
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if ((char.IsLetterOrDigit(c) && c != 'ー') || c == '\'') builder.Append(c);
            else if (c == '’') builder.Append('\'');
            else if (char.IsWhiteSpace(c) && builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
        }

        return builder.ToString().Trim();
    }
}
