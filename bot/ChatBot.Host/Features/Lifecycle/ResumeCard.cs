using System.Text.Json.Nodes;
using ChatBot.Domain.Lifecycle;
using static ChatBot.Host.Cards.CardElements;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>Offered when the user opens the guide while an earlier dialog is unfinished: continue it, or start a new one.</summary>
public static class ResumeCard
{
    /// <param name="what">"取得・収集／電子ファイル" or "段階未選択".</param>
    /// <param name="stepId">The step the user asked for, carried so "start new" opens at it.</param>
    public static JsonObject Build(AssessmentDialog dialog, string what, string? stepId, string? locale) => Card(
    [
        Heading(LifecycleTexts.Get("Guide_Title", locale)),
        Text(LifecycleTexts.Format("Guide_ResumeText", locale, what, LifecycleTexts.JapanDateTime(dialog.UpdatedAt))),
    ],
    [
        Execute(LifecycleTexts.Get("Guide_Resume", locale), LifecycleVerbs.Resume, LifecycleVerbs.Data(dialog), style: "positive"),
        Execute(LifecycleTexts.Get("Guide_StartNew", locale), LifecycleVerbs.Restart,
            stepId is null ? LifecycleVerbs.Data(dialog) : LifecycleVerbs.Data(dialog, ("step", stepId))),
    ]);
}
