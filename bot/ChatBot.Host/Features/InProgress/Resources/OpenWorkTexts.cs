using ChatBot.Host.Resources;

namespace ChatBot.Host.Features.InProgress.Resources;

/// <summary>Strings of typed words with nothing open (<c>OpenWorkStrings.resx</c> Japanese, <c>OpenWorkStrings.en.resx</c> English).</summary>
public static class OpenWorkTexts
{
    private static readonly ResourceTexts Texts = new("ChatBot.Host.Features.InProgress.Resources.OpenWorkStrings");

    public static string Get(string key, string? locale) => Texts.Get(key, locale);
}
