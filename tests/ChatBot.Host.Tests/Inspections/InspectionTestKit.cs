using System.Text.Json.Nodes;
using ChatBot.Domain.Inspections;
using ChatBot.Domain.Time;
using ChatBot.Host.Features.Inspections;
using ChatBot.Host.Tests.Outbox;
using ChatBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.Inspections;

/// <summary>People of Samples/organization.yaml and helpers to drive the inspection cards over the protocol.</summary>
internal static class InspectionTestKit
{
    public const string Alex = "00000000-0000-0000-0000-0000000000020";      // hr: handler, responsible manager, admin
    public const string Suzuki = "00000000-0000-0000-0000-0000000000021";    // hr: handler
    public const string Takahashi = "00000000-0000-0000-0000-0000000000022"; // accounting: handler
    public const string Tanaka = "00000000-0000-0000-0000-0000000000023";    // accounting: responsible manager
    public const string Yamamoto = "00000000-0000-0000-0000-0000000000024";  // privacy officer
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static string CurrentCampaign => FiscalQuarter.Current(TimeProvider.System).ToString();

    public static InspectionTemplate Template(BotApplication app) => app.Services.GetRequiredService<InspectionTemplateProvider>().Current;

    public static async Task HelloAsync(BotApplication app, params string[] people)
    {
        foreach (var aad in people) await app.SendAsync(app.Activities.PersonalMessage("help", aad, "en-US"));
    }

    /// <summary>Sends a card action and returns the card (or message card) the invoke answered with.</summary>
    public static async Task<string> ActAsync(BotApplication app, string verb, string actor, JsonObject data)
    {
        var response = await app.SendAsync(app.Activities.CardAction(verb, data, actor, "en-US"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["value"]!.ToJsonString();
    }

    public static JsonObject Answers(BotApplication app, string handler, int version, string? noItem, string noRemarks = "fix planned")
    {
        var data = new JsonObject { ["campaign"] = CurrentCampaign, ["handler"] = handler, ["version"] = version };
        foreach (var item in Template(app).Items)
        {
            data[InspectionSheetCard.AnswerPrefix + item.Id] = item.Id == noItem ? "no" : "yes";
            data[InspectionSheetCard.RemarksPrefix + item.Id] = item.Id == noItem ? noRemarks : "";
        }
        return data;
    }

    public static JsonObject Ids(string handler, int version, string? comment = null)
    {
        var data = new JsonObject { ["campaign"] = CurrentCampaign, ["handler"] = handler, ["version"] = version };
        if (comment is not null) data[InspectionSheetCard.CommentInput] = comment;
        return data;
    }

    public static int CardsTo(BotApplication app, string aad, string marker = "inspections.refresh") =>
        app.Connector.Calls.Count(c => c.Delivered && c.Method == HttpMethod.Post
            && c.Path.Contains(Uri.EscapeDataString(TeamsActivities.PersonalConversationId(aad)), StringComparison.Ordinal)
            && c.Body.Contains(marker, StringComparison.Ordinal));

    public static Task WaitForCardsAsync(BotApplication app, string aad, int count, string because, string marker = "inspections.refresh") =>
        Eventually.TrueAsync(() => CardsTo(app, aad, marker) >= count, Patience, because);
}
