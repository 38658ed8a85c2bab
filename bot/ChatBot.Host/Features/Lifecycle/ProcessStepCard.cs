using System.Text.Json.Nodes;
using ChatBot.Domain.Knowledge;
using ChatBot.Domain.Lifecycle;
using static ChatBot.Host.Cards.CardElements;
using static ChatBot.Host.Features.Lifecycle.LifecycleCardParts;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>
/// One process step of the plan: who does what, the concerns with their risk, and each countermeasure with its category,
/// guideline reference (and the 中小規模事業者 relaxation when assessing as one), an answer choice and a note.
/// </summary>
public static class ProcessStepCard
{
    public const int MaxNoteLength = 500;

    /// <param name="answers">What is stored, or what was just typed when the card comes back with a validation message.</param>
    public static JsonObject Build(AssessmentDialog dialog, AssessmentPlan plan, KnowledgeBase knowledge,
        IReadOnlyDictionary<string, RecordedAnswer> answers, string? notice, string? locale)
    {
        var position = Math.Clamp(dialog.Position, 0, plan.Count - 1);
        var step = plan.Steps[position];
        var progress = LifecycleTexts.Format("Guide_Progress", locale, position + 1, plan.Count);
        if (step.No is null) progress += $"（{LifecycleTexts.Get("Guide_Precondition", locale)}）";

        var body = new List<JsonNode?>
        {
            Notice(notice),
            Text($"{LifecycleTexts.Of(plan.Step.Title, locale)}／{LifecycleTexts.Of(plan.Pattern.Title, locale)}", bold: true, size: "Medium"),
            Text(progress, subtle: true),
            // Two lines rather than a FactSet: long values squeeze a FactSet's title column to one character per line.
            Text($"**{LifecycleTexts.Get("Guide_Actor", locale)}**：{LifecycleTexts.Of(step.Actor, locale)}"),
            Text($"**{LifecycleTexts.Get("Guide_Action", locale)}**：{LifecycleTexts.Of(step.Action, locale)}"),
        };
        if (step.Concerns.Count > 0)
        {
            body.Add(Text(LifecycleTexts.Get("Guide_Concerns", locale), bold: true));
            body.Add(Text(string.Join("\n", step.Concerns.Select(c =>
                $"- [{LifecycleTexts.Risk(RiskLevels.Parse(c.Risk), locale)}] {LifecycleTexts.Of(c.Text, locale)}"))));
        }

        body.Add(Text(LifecycleTexts.Get("Guide_Countermeasures", locale), bold: true));
        if (step.Countermeasures.Count == 0) body.Add(Text(LifecycleTexts.Get("Guide_NoCountermeasures", locale), subtle: true));
        var index = 0;
        foreach (var countermeasure in step.Countermeasures)
        {
            index++;
            var measure = countermeasure.Measure is { } id ? knowledge.FindMeasure(id) : null;
            var recorded = answers.GetValueOrDefault(countermeasure.Id);
            var reference = $"{LifecycleTexts.Category(countermeasure.Category, locale)} · " +
                LifecycleTexts.Format("Guide_Measure", locale, LifecycleTexts.MeasureReference(countermeasure.Measure, measure, locale));
            body.Add(Container(
            [
                Text($"{index}. {LifecycleTexts.Of(countermeasure.Text, locale)}"),
                Text(reference, subtle: true, size: "Small"),
                .. SmeTexts(dialog, countermeasure, measure, locale),
                AnswerChoice(countermeasure.Id, recorded?.Answer ?? AssessmentAnswer.Unanswered,
                    LifecycleTexts.Get("Guide_AnswerPlaceholder", locale), LifecycleTexts.Get("Guide_AnswerPlaceholder", locale), locale),
                NoteInput(countermeasure.Id, recorded?.Note, LifecycleTexts.Get("Guide_NotePlaceholder", locale), MaxNoteLength),
            ], separator: true));
        }

        var last = position == plan.Count - 1;
        return Card(body,
        [
            Execute(LifecycleTexts.Get(last ? "Guide_Finish" : "Guide_Next", locale), LifecycleVerbs.Next, LifecycleVerbs.Data(dialog), style: "positive"),
            Execute(LifecycleTexts.Get("Guide_Back", locale), LifecycleVerbs.Back, LifecycleVerbs.Data(dialog)),
            Execute(LifecycleTexts.Get("Guide_Skip", locale), LifecycleVerbs.Skip, LifecycleVerbs.Data(dialog)),
            Execute(LifecycleTexts.Get("Guide_Cancel", locale), LifecycleVerbs.Cancel, LifecycleVerbs.Data(dialog), style: "destructive"),
        ]);
    }

    // A 中小規模事業者 sees what the countermeasure and its guideline measure relax to (each once).
    private static IEnumerable<JsonNode?> SmeTexts(AssessmentDialog dialog, Countermeasure countermeasure, Measure? measure, string? locale)
    {
        if (!dialog.SmallBusiness) yield break;
        var texts = new[] { countermeasure.Sme, measure?.Sme }.Where(t => t is not null)
            .Select(t => LifecycleTexts.Of(t, locale)).Distinct();
        foreach (var text in texts)
            yield return Container([Text(LifecycleTexts.Format("Guide_SmeText", locale, text), size: "Small")], style: "accent");
    }
}
