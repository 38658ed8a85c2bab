using System.Globalization;
using System.Resources;
using ChatBot.Domain;

namespace ChatBot.Host.Resources;

/// <summary>
/// User-visible strings from one .resx pair: <c>X.resx</c> holds Japanese (the default) and <c>X.en.resx</c>
/// English, used when the user's locale is English. Each feature keeps its own pair next to its code.
/// </summary>
public sealed class ResourceTexts(string baseName)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja");
    private readonly ResourceManager _resources = new(baseName, typeof(ResourceTexts).Assembly);

    public string Get(string key, string? locale) =>
        _resources.GetString(key, UserLanguage.IsEnglish(locale) ? English : Japanese)
        ?? throw new KeyNotFoundException($"No string '{key}' in {baseName}.");

    public string Format(string key, string? locale, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, locale), args);
}
