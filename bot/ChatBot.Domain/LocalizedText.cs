using ChatBot.Domain.Knowledge;

namespace ChatBot.Domain;

/// <summary>
/// A text in Japanese and English (<c>{ ja, en }</c> in the YAML); Japanese is the default, English when the user's
/// locale is English. No fallback between the languages here: the loaders require both.
/// </summary>
public sealed record LocalizedText(string Ja, string En)
{
    public string For(string? locale) => UserLanguage.IsEnglish(locale) ? En : Ja;

    public string Get(KnowledgeLanguage language) => language == KnowledgeLanguage.English ? En : Ja;
}

public static class UserLanguage
{
    public const string Japanese = "ja-JP";
    public const string English = "en-US";

    public static bool IsEnglish(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The language the user wrote in, when the text tells: any kana or kanji → Japanese (「USBをなくした」 too);
    /// two or more Latin words without them → English. Null for a single Latin word (a command such as "help" or
    /// "outbox" that Japanese users type too), digits, symbols or nothing: there the client's locale decides.
    /// A Japanese user on an en-US client (the Agents Playground always sends en-US) is answered in Japanese.
    /// </summary>
    public static string? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (KnowledgeText.HasCjk(text)) return Japanese;

        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= 'ａ' and <= 'ｚ') or (>= 'Ａ' and <= 'Ｚ');
            if (letter && !inWord) words++;
            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }

        return words >= 2 ? English : null;
    }
}
