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
    /// Latin letters without them → English; null for digits, symbols or nothing, where the client's locale decides.
    /// A Japanese user on an en-US client (the Agents Playground always sends en-US) is answered in Japanese.
    /// </summary>
    public static string? FromText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : KnowledgeText.HasCjk(text) ? Japanese
        : KnowledgeText.HasLatinLetter(text) ? English
        : null;
}
