using System.Text.Json.Nodes;
using ChatBot.Domain.Knowledge;
using ChatBot.Domain.Lifecycle;
using static ChatBot.Host.Cards.CardElements;
using static ChatBot.Host.Features.Lifecycle.LifecycleCardParts;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>First card of a dialog: which lifecycle step to walk.</summary>
public static class StepPickerCard
{
    public static JsonObject Build(AssessmentDialog dialog, IReadOnlyList<LifecycleStep> steps, string? notice, string? locale) => Card(
    [
        Notice(notice),
        Heading(LifecycleTexts.Get("Guide_Title", locale)),
        Text(LifecycleTexts.Get("Guide_ChooseStep", locale)),
        // One button per row: five step names side by side are cut off at Teams' narrow width (English ones already at 450 px).
        .. steps.Select(s => (JsonNode?)ActionSet([Execute(LifecycleTexts.Of(s.Title, locale), LifecycleVerbs.Step,
            LifecycleVerbs.Data(dialog, ("step", s.Id)))])),
    ],
    [Execute(LifecycleTexts.Get("Guide_Cancel", locale), LifecycleVerbs.Cancel, LifecycleVerbs.Data(dialog))]);
}
