namespace ChatBot.Host.Resources;

/// <summary>The host's shared strings (<c>BotStrings.resx</c>, <c>BotStrings.en.resx</c>).</summary>
public static class BotTexts
{
    private static readonly ResourceTexts Texts = new("ChatBot.Host.Resources.BotStrings");

    public static string Get(string key, string? locale) => Texts.Get(key, locale);

    public static string Format(string key, string? locale, params object?[] args) => Texts.Format(key, locale, args);
}
