using ChatBot.Host.Resources;

namespace ChatBot.Host.Features.CorrectiveActionList;

internal static class CorrectiveActionTexts
{
    private static readonly ResourceTexts Texts = new("ChatBot.Host.Features.CorrectiveActionList.Resources.CorrectiveActionStrings");

    public static string Get(string key, string? locale) => Texts.Get(key, locale);

    public static string Format(string key, string? locale, params object?[] args) => Texts.Format(key, locale, args);
}
