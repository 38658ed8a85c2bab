using System.Text.Json.Nodes;
using ChatBot.Domain.Knowledge;
using ChatBot.Domain.Lifecycle;
using static ChatBot.Host.Cards.CardElements;
using static ChatBot.Host.Features.Lifecycle.LifecycleCardParts;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>Second card: the business pattern of the chosen step, and whether to assess as a 中小規模事業者.</summary>
public static class PatternPickerCard
{
    public static JsonObject Build(AssessmentDialog dialog, LifecycleStep step, string? notice, string? locale)
    {
        var body = new List<JsonNode?>
        {
            Notice(notice),
            Heading(LifecycleTexts.Get("Guide_Title", locale)),
            Text(LifecycleTexts.Format("Guide_ChoosePattern", locale, LifecycleTexts.Of(step.Title, locale)), bold: true),
            step.Scope is null ? null : Text(LifecycleTexts.Of(step.Scope, locale), subtle: true, size: "Small"),
            // Above the patterns, so it is set before one is picked (every button sends the card's inputs).
            Toggle(LifecycleVerbs.SmeInput, LifecycleTexts.Get("Guide_Sme", locale), dialog.SmallBusiness),
        };
        foreach (var pattern in step.Patterns)
        {
            // Each pattern's button under its description: one per row, none cut off at Teams' narrow width.
            var title = pattern.Letter is null ? LifecycleTexts.Of(pattern.Title, locale) : $"{pattern.Letter}. {LifecycleTexts.Of(pattern.Title, locale)}";
            body.Add(Container(
            [
                Text(title, bold: true),
                pattern.Summary is null ? null : Text(LifecycleTexts.Of(pattern.Summary, locale), subtle: true, size: "Small"),
                ActionSet([Execute(LifecycleTexts.Of(pattern.Title, locale), LifecycleVerbs.Pattern, LifecycleVerbs.Data(dialog, ("pattern", pattern.Id)), style: "positive")]),
            ], separator: true));
        }
        return Card(body,
        [
            Execute(LifecycleTexts.Get("Guide_Back", locale), LifecycleVerbs.Back, LifecycleVerbs.Data(dialog)),
            Execute(LifecycleTexts.Get("Guide_Cancel", locale), LifecycleVerbs.Cancel, LifecycleVerbs.Data(dialog)),
        ]);
    }
}
