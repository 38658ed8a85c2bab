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
    /// The language the user wrote in, when the text tells: hiragana (the particles of any Japanese sentence) →
    /// Japanese; two or more Latin words → English, even around a Japanese term ("what does 事務取扱責任者 do");
    /// other Japanese script (「扶養控除申告書 保管期間」) → Japanese. Null for a single Latin word (a command such as
    /// "help" that Japanese users type too), digits, symbols or nothing: there the client's locale decides.
    /// A Japanese user on an en-US client (the Agents Playground always sends en-US) is answered in Japanese.
    /// </summary>
    public static string? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (text.Any(c => c is >= '\u3041' and <= '\u309F')) return Japanese;
        if (LatinWords(text) >= 2) return English;
        return KnowledgeText.HasCjk(text) ? Japanese : null;
    }

    /// <summary>How many words of Latin letters (half- or full-width) the text holds.</summary>
    public static int LatinWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= 'ａ' and <= 'ｚ') or (>= 'Ａ' and <= 'Ｚ');
            if (letter && !inWord) words++;
            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }

        return words;
    }
}
