using System.Text.Json.Nodes;
using ChatBot.Domain.Inspections;
using ChatBot.Host.Features.Inspections.Resources;
using ChatBot.Host.Privacy;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Routing;

namespace ChatBot.Host.Features.Inspections;

public sealed partial class InspectionFeature
{
    private async Task<InvokeResponse> RefreshAsync(TurnContext turn, AdaptiveCardAction action)
    {
        var (campaignKey, handler, _) = Ids(action.Data);
        var campaign = campaignKey is null ? null : await store.GetCampaignAsync(campaignKey, turn.CancellationToken);
        var sheet = campaign is null || handler is null ? null : await store.GetSheetAsync(campaign.Key, handler, turn.CancellationToken);
        if (campaign is null || sheet is null) return Message(turn, "Error_NotFound");
        return await CardAsync(turn, campaign, sheet);
    }

    private async Task<InvokeResponse> SaveAsync(TurnContext turn, AdaptiveCardAction action, bool submit)
    {
        var (campaignKey, handler, version) = Ids(action.Data);
        if (campaignKey is null || handler is null || version is null) return Message(turn, "Error_NotFound");
        var typed = TypedAnswers(action.Data);
        var result = await workflow.SaveAsync(turn.Activity.From?.AadObjectId, campaignKey, handler, version.Value, typed, submit, turn.CancellationToken);
        var l = turn.Locale;
        return result.Outcome switch
        {
            InspectionOutcome.Saved => await CardAsync(turn, result, InspectionsTexts.Get("Notice_Saved", l)),
            InspectionOutcome.Submitted => await CardAsync(turn, result, InspectionsTexts.Get("Notice_Submitted", l)),
            InspectionOutcome.Incomplete => await CardAsync(turn, result, InspectionsTexts.Format("Notice_Incomplete", l,
                string.Join(", ", result.MissingItems!.Select(id => result.Campaign!.Template.Find(id)?.No.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? id))), typed),
            _ => await RefusedAsync(turn, result),
        };
    }

    private async Task<InvokeResponse> DecideAsync(TurnContext turn, AdaptiveCardAction action, bool approve)
    {
        var (campaignKey, handler, version) = Ids(action.Data);
        if (campaignKey is null || handler is null || version is null) return Message(turn, "Error_NotFound");
        var comment = action.Data[InspectionSheetCard.CommentInput]?.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? action.Data[InspectionSheetCard.CommentInput]!.GetValue<string>() : null;
        var result = await workflow.DecideAsync(turn.Activity.From?.AadObjectId, campaignKey, handler, version.Value, approve, comment, turn.CancellationToken);
        var l = turn.Locale;
        return result.Outcome switch
        {
            InspectionOutcome.Approved => await CardAsync(turn, result, InspectionsTexts.Format("Notice_Approved", l, result.CorrectiveActionIds!.Count,
                string.Join(", ", result.CorrectiveActionIds!))),
            InspectionOutcome.Returned => await CardAsync(turn, result, InspectionsTexts.Get("Notice_Returned", l)),
            InspectionOutcome.CommentRequired => await CardAsync(turn, result, InspectionsTexts.Get("Notice_CommentRequired", l)),
            _ => await RefusedAsync(turn, result),
        };
    }

    private async Task<InvokeResponse> RefusedAsync(TurnContext turn, InspectionResult result)
    {
        var key = result.Outcome switch
        {
            InspectionOutcome.NotAuthorized => "Notice_NotAuthorized",
            InspectionOutcome.Stale => "Notice_Stale",
            InspectionOutcome.InvalidState => "Notice_InvalidState",
            _ => "Error_NotFound",
        };
        return result.Sheet is null ? Message(turn, key) : await CardAsync(turn, result, InspectionsTexts.Get(key, turn.Locale));
    }

    private Task<InvokeResponse> CardAsync(TurnContext turn, InspectionResult result, string notice, IReadOnlyDictionary<string, InspectionItemAnswer>? typed = null) =>
        CardAsync(turn, result.Campaign!, result.Sheet!, notice, typed);

    private async Task<InvokeResponse> CardAsync(TurnContext turn, InspectionCampaign campaign, InspectionSheet sheet, string? notice = null,
        IReadOnlyDictionary<string, InspectionItemAnswer>? typed = null)
    {
        var notices = new List<string>();
        if (notice is not null) notices.Add(notice);
        // The pipeline masked a My Number in the card's inputs before we saw them: say so in the card.
        if (turn.Services.GetService<TurnPrivacy>() is { Masked: true }) notices.Add(InspectionsTexts.Get("Notice_Masked", turn.Locale));
        var view = await views.ForAsync(campaign, sheet, turn.Activity.From?.AadObjectId, turn.Locale, turn.CancellationToken, notices, typed);
        return AdaptiveCardResponses.Card(InspectionSheetCard.Build(view));
    }

    private static InvokeResponse Message(TurnContext turn, string key) =>
        AdaptiveCardResponses.Card(InspectionMessageCard.Build(InspectionsTexts.Get(key, turn.Locale)));

    private static (string? Campaign, string? Handler, int? Version) Ids(JsonObject data) =>
        (Str(data["campaign"]), Str(data["handler"]), data["version"] switch
        {
            JsonValue v when v.TryGetValue<int>(out var i) => i,
            JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, out var i) => i,
            _ => null,
        });

    private static Dictionary<string, InspectionItemAnswer> TypedAnswers(JsonObject data)
    {
        var answers = new Dictionary<string, InspectionItemAnswer>();
        foreach (var (name, value) in data)
        {
            if (!name.StartsWith(InspectionSheetCard.AnswerPrefix, StringComparison.Ordinal)) continue;
            var id = name[InspectionSheetCard.AnswerPrefix.Length..];
            answers[id] = new InspectionItemAnswer(InspectionAnswerNames.Parse(Str(value)), Str(data[InspectionSheetCard.RemarksPrefix + id]) ?? "");
        }
        foreach (var (name, value) in data)
        {
            if (!name.StartsWith(InspectionSheetCard.RemarksPrefix, StringComparison.Ordinal)) continue;
            var id = name[InspectionSheetCard.RemarksPrefix.Length..];
            if (!answers.ContainsKey(id)) answers[id] = new InspectionItemAnswer(null, Str(value) ?? "");
        }
        return answers;
    }

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
