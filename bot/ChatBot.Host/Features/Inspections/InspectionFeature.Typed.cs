using System.Text.Json.Nodes;
using ChatBot.Domain.Inspections;
using ChatBot.Host.Features.InProgress;
using ChatBot.Host.Features.Inspections.Resources;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Inspections;

// The check sheet as open work. It is one card with no steps, and a quarterly duty rather than something to abandon:
// typed cancel, next, back and "not sure" change nothing and say what to do instead, with the button that shows the
// sheet again (inspections.refresh, which decides from the clicker's identity what they may see).
public sealed partial class InspectionFeature : IOpenWorkSource
{
    /// <summary>
    /// The handler's sheet in the latest campaign, while they may still change it and once they have touched it (a saved
    /// draft, or a return: version above 1). A sheet nobody opened yet is chased by the campaign's own reminders.
    /// </summary>
    public async Task<OpenWork?> FindAsync(string actor, string? locale, CancellationToken ct)
    {
        if (await store.GetLatestCampaignAsync(ct) is not { } campaign
            || await store.GetSheetAsync(campaign.Key, actor, ct) is not { IsEditable: true, Version: > 1 } sheet) return null;
        var reminder = InspectionsTexts.Format(sheet.Status == InspectionSheetStatus.Returned ? "Typed_ReminderReturned" : "Typed_Reminder", locale, campaign.Key);
        return new OpenWork(this, sheet.UpdatedAt, reminder, InspectionsTexts.Get("Typed_Resume", locale), InspectionNames.RefreshVerb,
            new JsonObject { ["campaign"] = campaign.Key, ["handler"] = sheet.HandlerAadObjectId });
    }

    public async Task ActAsync(TurnContext turn, string actor, TypedWord word)
    {
        var locale = turn.Locale;
        var ct = turn.CancellationToken;
        var campaign = await store.GetLatestCampaignAsync(ct);
        var sheet = campaign is null ? null : await store.GetSheetAsync(campaign.Key, actor, ct);
        if (word == TypedWord.Resume && campaign is not null && sheet is not null
            && await views.ForAsync(campaign, sheet, actor, locale, ct) is { } view)
        {
            await turn.SendAsync(MessageBuilder.Card(InspectionSheetCard.Build(view)).WithLocale(locale)
                .WithSummary(InspectionsTexts.Format("Card_Summary", locale, campaign.Key)).Build());
            return;
        }

        if (await FindAsync(actor, locale, ct) is not { } work)
        {
            await ReplyAsync(turn, InspectionsTexts.Get("Error_NotFound", locale));
            return;
        }

        var key = word switch
        {
            TypedWord.Cancel => "Typed_Cancel",
            TypedWord.NotSure => "Typed_NotSure",
            _ => "Typed_NoSteps",
        };
        await turn.SendAsync(MessageBuilder.Card(OpenWorkCard.Build(InspectionsTexts.Get(key, locale), work)).WithLocale(locale).Build());
    }
}
