using System.Text.Json.Nodes;
using ChatBot.Domain.Lifecycle;
using static ChatBot.Host.Cards.CardElements;
using static ChatBot.Host.Features.Lifecycle.LifecycleCardParts;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>A cancelled dialog (or one that cannot be shown): what happened, and a way to start again.</summary>
public static class ClosedDialogCard
{
    public static JsonObject Build(AssessmentDialog? dialog, string message, string? notice, string? locale) => Card(
    [
        Notice(notice),
        Heading(LifecycleTexts.Get("Guide_Title", locale)),
        Text(message),
    ],
    dialog is null ? [] : [Execute(LifecycleTexts.Get("Guide_StartNew", locale), LifecycleVerbs.Restart, LifecycleVerbs.Data(dialog))]);
}
