using System.Globalization;
using System.Resources;
using ChatBot.Domain;

namespace ChatBot.Host.Resources;

/// <summary>
/// User-visible strings of the host, from <c>BotStrings.resx</c> (Japanese, the default) and
/// <c>BotStrings.en.resx</c> (English, when the user's locale is English).
/// </summary>
public static class BotTexts
{
    private static readonly ResourceManager Resources = new("ChatBot.Host.Resources.BotStrings", typeof(BotTexts).Assembly);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja");

    public static string Get(string key, string? locale)
    {
        var culture = UserLanguage.IsEnglish(locale) ? English : Japanese;
        return Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No bot string '{key}'.");
    }

    public static string Format(string key, string? locale, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, locale), args);
}
