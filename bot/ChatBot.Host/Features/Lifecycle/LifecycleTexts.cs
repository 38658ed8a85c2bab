using ChatBot.Domain;
using ChatBot.Domain.Knowledge;
using ChatBot.Domain.Lifecycle;
using ChatBot.Domain.Time;
using ChatBot.Host.Resources;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>The lifecycle guide's strings (<c>Resources/LifecycleStrings.resx</c>, <c>.en.resx</c>) and the localized names of domain values.</summary>
public static class LifecycleTexts
{
    private static readonly ResourceTexts Texts = new("ChatBot.Host.Features.Lifecycle.Resources.LifecycleStrings");

    public static string Get(string key, string? locale) => Texts.Get(key, locale);

    public static string Format(string key, string? locale, params object?[] args) => Texts.Format(key, locale, args);

    public static string Of(LocalizedText? text, string? locale) => text?.For(locale) ?? "";

    public static string Category(string? category, string? locale) =>
        Get(SafetyCategory.IsKnown(category) ? $"Category_{category}" : "Category_none", locale);

    public static string Risk(RiskLevel risk, string? locale) => Get($"Risk_{risk.Code()}", locale);

    public static string Answer(AssessmentAnswer answer, string? locale) =>
        Get(answer == AssessmentAnswer.Unanswered ? "Answer_unanswered" : $"Answer_{answer.Code()}", locale);

    /// <summary>"E-d 個人番号の削除、機器及び電子媒体等の廃棄", or the bare id when the catalogue lacks it.</summary>
    public static string MeasureReference(string? measureId, Measure? measure, string? locale) =>
        measure is null ? measureId ?? "" : $"{measure.Id} {Of(measure.Title, locale)}";

    public static string JapanDateTime(DateTimeOffset instant) => JapanTime.ToJapan(instant).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
