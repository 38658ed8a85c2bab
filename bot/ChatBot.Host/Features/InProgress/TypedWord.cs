using ChatBot.Host.Features.Conversation;

namespace ChatBot.Host.Features.InProgress;

/// <summary>A word typed instead of pressing one of an open guide's or form's buttons.</summary>
public enum TypedWord
{
    Cancel,
    Next,
    Back,
    NotSure,
    Resume,
}

/// <summary>
/// The whole message as a typed word (「次へ」, "next", 「わからない」…), matched like a command: the whole text, ignoring
/// case, width and a trailing 「。」. Not help-card commands, so they are not in any <see cref="IBotCommandSource"/>.
/// </summary>
public static class TypedWords
{
    private static readonly (TypedWord Word, BotCommand Keywords)[] Table =
    [
        (TypedWord.Cancel, Words("cancel", "キャンセル", "きゃんせる", "中止", "中止します", "中止する", "やめる", "やめます", "やめたい", "止める",
            "cancel", "stop", "quit")),
        (TypedWord.Next, Words("next", "次へ", "次", "つぎへ", "つぎ", "次に進む", "次へ進む", "進む", "next", "next step")),
        (TypedWord.Back, Words("back", "戻る", "もどる", "戻ります", "前へ", "前に戻る", "ひとつ戻る", "back", "go back", "previous")),
        (TypedWord.NotSure, Words("not-sure", "わからない", "分からない", "判らない", "わかりません", "分かりません", "不明",
            "not sure", "i'm not sure", "im not sure", "unsure", "i don't know", "don't know", "dont know", "no idea")),
        (TypedWord.Resume, Words("resume", "続ける", "つづける", "続きから", "再開", "再開する", "resume", "continue")),
    ];

    public static TypedWord? Parse(string? text)
    {
        foreach (var (word, keywords) in Table)
            if (keywords.Matches(text)) return word;
        return null;
    }

    private static BotCommand Words(string id, params string[] keywords) => new($"typed-{id}", "", "", null, keywords, "");
}
