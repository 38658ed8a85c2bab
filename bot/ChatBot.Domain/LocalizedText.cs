namespace ChatBot.Domain;

/// <summary>A text in Japanese and English; Japanese is the default, English when the user's locale is English.</summary>
public sealed record LocalizedText(string Ja, string En)
{
    public string For(string? locale) => UserLanguage.IsEnglish(locale) ? En : Ja;
}

public static class UserLanguage
{
    public static bool IsEnglish(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
