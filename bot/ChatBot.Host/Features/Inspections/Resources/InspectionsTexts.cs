using ChatBot.Host.Resources;

namespace ChatBot.Host.Features.Inspections.Resources;

/// <summary>The feature's strings: <c>InspectionsStrings.resx</c> (Japanese) and <c>InspectionsStrings.en.resx</c>.</summary>
public static class InspectionsTexts
{
    private static readonly ResourceTexts Texts = new("ChatBot.Host.Features.Inspections.Resources.InspectionsStrings");

    public static string Get(string key, string? locale) => Texts.Get(key, locale);

    public static string Format(string key, string? locale, params object?[] args) => Texts.Format(key, locale, args);
}
