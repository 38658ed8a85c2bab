using System.Text.Json.Nodes;
using ChatBot.Domain.Inspections;
using ChatBot.Host.Features.Inspections.Resources;
using static ChatBot.Host.Cards.CardElements;

namespace ChatBot.Host.Features.Inspections;

/// <summary>A manager's queue: the submitted sheets they may decide, each opening the sheet card in place.</summary>
public static class InspectionQueueCard
{
    public const int MaxShown = 20;

    /// <param name="ownSheet">For a manager who is also a handler: who decides their own sheet, which this queue never shows.</param>
    public static JsonObject Build(string campaignKey, IReadOnlyList<(InspectionSheet Sheet, string HandlerName)> waiting, string? ownSheet, string? locale)
    {
        var body = new List<JsonNode?> { Heading(InspectionsTexts.Format("Queue_Title", locale, campaignKey)) };
        if (ownSheet is not null) body.Add(Container([Text(ownSheet, size: "Small")], style: "accent"));
        if (waiting.Count == 0) body.Add(Text(InspectionsTexts.Get("Queue_Empty", locale)));
        foreach (var (sheet, name) in waiting.Take(MaxShown))
            body.Add(new JsonObject
            {
                ["type"] = "ColumnSet", ["separator"] = true,
                ["columns"] = new JsonArray(
                    new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray(Text(name)) },
                    new JsonObject
                    {
                        ["type"] = "Column", ["width"] = "auto",
                        ["items"] = new JsonArray(ActionSet([Execute(InspectionsTexts.Get("Queue_Open", locale), InspectionNames.RefreshVerb,
                            new JsonObject { ["campaign"] = campaignKey, ["handler"] = sheet.HandlerAadObjectId })])),
                    }),
            });
        if (waiting.Count > MaxShown) body.Add(Text(InspectionsTexts.Format("Queue_More", locale, waiting.Count - MaxShown), subtle: true));
        return Card(body);
    }
}
