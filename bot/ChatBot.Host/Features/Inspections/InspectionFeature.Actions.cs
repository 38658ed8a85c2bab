using ChatBot.Domain.Changes;
using ChatBot.Domain.Inspections;
using ChatBot.Host.Cards;
using ChatBot.Host.Features.Inspections.Resources;
using ChatBot.Host.Privacy;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Routing;

namespace ChatBot.Host.Features.Inspections;

public sealed partial class InspectionFeature
{
    private static readonly ChangeNoticeKeys Notices = new(Done: "Notice_Saved", NotFound: "Error_NotFound", Forbidden: "Notice_NotAuthorized", Stale: "Notice_Stale")
    {
        RejectedPrefix = "Notice_",
    };

    private async Task<InvokeResponse> RefreshAsync(TurnContext turn, AdaptiveCardAction action)
    {
        // The card's refresh block names the sheet without a version: a refresh shows whatever is current.
        var (campaignKey, handler) = Ids(action.Data);
        var campaign = await store.GetCampaignAsync(campaignKey, turn.CancellationToken);
        var sheet = campaign is null ? null : await store.GetSheetAsync(campaign.Key, handler, turn.CancellationToken);
        if (campaign is null || sheet is null) return Message(turn, "Error_NotFound");
        return await CardAsync(turn, campaign, sheet);
    }

    private async Task<InvokeResponse> SaveAsync(TurnContext turn, AdaptiveCardAction action, bool submit)
    {
        var (campaignKey, handler) = Ids(action.Data);
        var version = action.Data.RequiredInt("version");
        var typed = TypedAnswers(action.Data);
        var result = await workflow.SaveAsync(turn.Activity.From?.AadObjectId, campaignKey, handler, version, typed, submit, turn.CancellationToken);
        var l = turn.Locale;
        return result.Change.Status switch
        {
            ChangeStatus.Done => await CardAsync(turn, result, InspectionsTexts.Get(submit ? "Notice_Submitted" : "Notice_Saved", l)),
            ChangeStatus.Rejected when result.MissingItems is { } missing => await CardAsync(turn, result, InspectionsTexts.Format("Notice_Incomplete", l,
                string.Join(", ", missing.Select(id => result.Campaign!.Template.Find(id)?.No.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? id))), typed),
            _ => await RefusedAsync(turn, result),
        };
    }

    private async Task<InvokeResponse> DecideAsync(TurnContext turn, AdaptiveCardAction action, bool approve)
    {
        var (campaignKey, handler) = Ids(action.Data);
        var version = action.Data.RequiredInt("version");
        var comment = action.Data.OptionalInput(InspectionSheetCard.CommentInput);
        var result = await workflow.DecideAsync(turn.Activity.From?.AadObjectId, campaignKey, handler, version, approve, comment, turn.CancellationToken);
        var l = turn.Locale;
        return result.Change.Status switch
        {
            ChangeStatus.Done when approve => await CardAsync(turn, result, InspectionsTexts.Format("Notice_Approved", l, result.CorrectiveActionIds!.Count,
                string.Join(", ", result.CorrectiveActionIds!))),
            ChangeStatus.Done => await CardAsync(turn, result, InspectionsTexts.Get("Notice_Returned", l)),
            _ => await RefusedAsync(turn, result),
        };
    }

    // A refusal's notice is Notice_<reason> (InvalidState, CommentRequired); the sheet is shown as it stands.
    private async Task<InvokeResponse> RefusedAsync(TurnContext turn, InspectionResult result)
    {
        var key = result.Change.KeyFor(Notices);
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
        // Someone who may not see the sheet (a refresh or a forged action naming another's sheet) learns only that.
        return view is null ? Message(turn, "Notice_NotViewer") : AdaptiveCardResponses.Card(InspectionSheetCard.Build(view));
    }

    private static InvokeResponse Message(TurnContext turn, string key) =>
        AdaptiveCardResponses.Card(InspectionMessageCard.Build(InspectionsTexts.Get(key, turn.Locale)));

    private static (string Campaign, string Handler) Ids(CardData data) => (data.RequiredString("campaign"), data.RequiredString("handler"));

    private static Dictionary<string, InspectionItemAnswer> TypedAnswers(CardData data)
    {
        var answers = new Dictionary<string, InspectionItemAnswer>();
        foreach (var (id, value) in data.InputsStartingWith(InspectionSheetCard.AnswerPrefix))
            answers[id] = new InspectionItemAnswer(InspectionAnswerNames.Parse(value), data.OptionalInput(InspectionSheetCard.RemarksPrefix + id) ?? "");
        foreach (var (id, value) in data.InputsStartingWith(InspectionSheetCard.RemarksPrefix))
            if (!answers.ContainsKey(id)) answers[id] = new InspectionItemAnswer(null, value ?? "");
        return answers;
    }
}
