using System.Globalization;
using System.Text.Json.Nodes;
using ChatBot.Domain.CorrectiveActions;
using static ChatBot.Host.Cards.CardElements;

namespace ChatBot.Host.Features.CorrectiveActionList;

/// <summary>The owner's open corrective actions, each closable with a note of what was done.</summary>
public static class CorrectiveActionListCard
{
    public const string CompleteVerb = "correctiveActions.complete";

    public static JsonObject Build(IReadOnlyList<CorrectiveAction> actions, DateOnly today, string? locale, string? notice = null)
    {
        var body = new List<JsonNode?> { Heading(CorrectiveActionTexts.Get("List_Title", locale)) };
        if (notice is not null) body.Add(Container([Text(notice)], style: "attention"));
        if (actions.Count == 0) body.Add(Text(CorrectiveActionTexts.Get("List_None", locale)));
        foreach (var action in actions)
        {
            var due = action.IsOverdue(today)
                ? CorrectiveActionTexts.Format("Overdue", locale, action.DaysOverdue(today))
                : CorrectiveActionTexts.Format("Due", locale, action.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            body.Add(Container(
            [
                Text($"**{action.Id}** {action.Title}"),
                Text(due, subtle: !action.IsOverdue(today), size: "Small"),
                new JsonObject
                {
                    ["type"] = "Input.Text", ["id"] = $"note-{action.Id}", ["isMultiline"] = true, ["maxLength"] = 1000,
                    ["placeholder"] = CorrectiveActionTexts.Get("Note_Placeholder", locale),
                },
                ActionSet([Execute(CorrectiveActionTexts.Get("Complete", locale), CompleteVerb,
                    new JsonObject { ["id"] = action.Id, ["version"] = action.Version })]),
            ], separator: true));
        }
        return Card(body);
    }
}
