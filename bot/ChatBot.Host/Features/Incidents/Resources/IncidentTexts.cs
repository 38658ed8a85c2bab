using ChatBot.Domain;
using ChatBot.Domain.Incidents;
using ChatBot.Host.Resources;

namespace ChatBot.Host.Features.Incidents.Resources;

/// <summary>The incident feature's strings (<c>IncidentStrings.resx</c> Japanese, <c>IncidentStrings.en.resx</c> English).</summary>
public static class IncidentTexts
{
    private static readonly ResourceTexts Texts = new("ChatBot.Host.Features.Incidents.Resources.IncidentStrings");

    public static string Get(string key, string? locale) => Texts.Get(key, locale);

    public static string Format(string key, string? locale, params object?[] args) => Texts.Format(key, locale, args);

    public static string Date(DateOnly date, string? locale) => IncidentMessages.FormatDate(date, UserLanguage.IsEnglish(locale));

    public static string DateTime(DateTimeOffset instant, string? locale)
    {
        var jst = Domain.Time.JapanTime.ToJapan(instant);
        return $"{Date(DateOnly.FromDateTime(jst.DateTime), locale)} {jst:HH:mm}";
    }
}
