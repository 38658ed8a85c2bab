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
    public static bool IsEnglish(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
