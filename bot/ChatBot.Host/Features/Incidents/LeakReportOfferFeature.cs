using System.Text.RegularExpressions;
using ChatBot.Domain.Incidents;
using ChatBot.Host.Features.InProgress;
using ChatBot.Host.Features.Incidents.Cards;
using ChatBot.Host.Features.Incidents.Resources;
using ChatBot.Host.Features.Knowledge;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Incidents;

/// <summary>
/// Staff who fear a leak describe it rather than type a command: a message that <see cref="LeakIntent"/> reads as a
/// described leak (or a request to report one) is answered with "report it now" and a button that opens the form with
/// the message as "what happened". Registered after every command and before the knowledge base, so exact commands
/// still win and questions about leaks still get their answer.
/// </summary>
public sealed partial class LeakReportOfferFeature(IServiceProvider services) : IBotFeature
{
    // 「…置き忘れた。漏えいになる？」 tells of a leak and asks too: the answer follows the offer, so a question read as a
    // description still gets its answer.
    [GeneratedRegex(@"[?？]|(?:ですか|ますか|でしょうか|かな|かね|だっけ|っけ)[。.！!…\s]*$")]
    private static partial Regex AsksToo();

    public void Map(ActivityRouter router) =>
        router.OnMessage(turn => Described(turn, turn.Activity.RemoveRecipientMention()), OfferAsync);

    private static bool Described(TurnContext turn, string text) =>
        text.Length is > 0 and <= IncidentForm.MaxText
        && turn.Services.GetRequiredService<TurnLeakIntent>().Of(text).Kind == LeakIntentKind.Description;

    private async Task OfferAsync(TurnContext turn)
    {
        // A leak comes first: no reminder of a guide under the offer to report it.
        OpenWorkTurn.MarkShown(turn);
        // The text is the masked one (the turn pipeline ran first); it goes only into the card's data, not into a log.
        var card = ReportOfferCard.ForDescription(turn.Activity.RemoveRecipientMention(), turn.Locale);
        await turn.SendAsync(MessageBuilder.Card(card).WithLocale(turn.Locale).WithSummary(IncidentTexts.Get("Form_Title", turn.Locale)).Build());
        if (AsksToo().IsMatch(turn.Activity.RemoveRecipientMention()))
        {
            await services.GetServices<IBotFeature>().OfType<KnowledgeFeature>().Single().AnswerAsync(turn, offerReport: false);
        }
    }
}
