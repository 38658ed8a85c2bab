using ChatBot.Domain.Incidents;
using ChatBot.Domain.Knowledge;
using ChatBot.Host.Features.Conversation;
using ChatBot.Host.Features.Incidents;
using ChatBot.Host.Features.Incidents.Cards;
using ChatBot.Host.Features.Incidents.Resources;
using ChatBot.Host.Features.Knowledge.Generation;
using ChatBot.Host.Resources;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Knowledge;

/// <summary>
/// Free-text questions: answered from the indexed knowledge base with citations, or an honest "I don't have
/// that". Registered last: it is the catch-all for messages no command claimed. A question about leaks, and every answer
/// about leak handling, is followed by the report button: whoever asks may be about to need it.
/// </summary>
public sealed class KnowledgeFeature(
    KnowledgeAnswerer answerer, KnowledgeAnswerStore answers, KnowledgeAnswerLog answerLog, KnowledgeBase knowledge,
    GroundedAnswerGenerator? generator = null)
    : IBotFeature, IBotCommandSource
{
    public const int MaxQuestionLength = 1000;

    /// <summary>The entry topic of leak handling (<c>knowledge/entries/legal-incidents.yaml</c>).</summary>
    private const string IncidentsTopic = "incidents";

    private static readonly BotCommand Ask = new("ask", "Feature_Ask_Title", "Feature_Ask_Description", "Feature_Ask_Example", ["ask", "質問", "しつもん"], "");

    public IEnumerable<BotCommand> Commands { get; } = [Ask];

    public void Map(ActivityRouter router)
    {
        // Picking "ask" from the command menu sends the bare command: prompt for the question itself.
        router.OnMessage(turn => Ask.Matches(turn.Activity.RemoveRecipientMention()), turn =>
            turn.SendAsync(MessageBuilder.Text(BotTexts.Get("Feature_Ask_Prompt", turn.Locale)).WithLocale(turn.Locale).Build()));
        router.OnMessage(turn => !string.IsNullOrWhiteSpace(turn.Activity.Text), AnswerAsync);
        router.OnFeedback(RecordFeedbackAsync);
    }

    private Task AnswerAsync(TurnContext turn) => AnswerAsync(turn, offerReport: true);

    /// <param name="offerReport">False when the report was just offered (a described leak that also asks something).</param>
    internal async Task AnswerAsync(TurnContext turn, bool offerReport)
    {
        var locale = turn.Locale;
        var question = turn.Activity.RemoveRecipientMention();
        if (question.Length == 0)
        {
            await turn.SendAsync(MessageBuilder.Text(BotTexts.Get("Error_EmptyMessage", locale)).WithLocale(locale).Build());
            return;
        }
        if (question.Length > MaxQuestionLength)
        {
            await turn.SendAsync(MessageBuilder.Text(BotTexts.Format("Error_TooLong", locale, MaxQuestionLength)).WithLocale(locale).Build());
            return;
        }

        var answer = answerer.Answer(question, locale);
        var generated = false;
        if (generator is not null && answer.Found)
        {
            // Only the generated path is slow enough to need the typing indicator.
            await turn.SendTypingAsync();
            if (await generator.TryGenerateAsync(question, answer, turn.CancellationToken) is { } text)
            {
                answer = answer with { Text = text };
                generated = true;
            }
        }

        var titles = answer.Alternatives.Select(id => answerer.Title(id, answer.Language)).OfType<string>().ToList();
        var sent = await turn.SendAsync(KnowledgeAnswerMessage.Build(answer, locale, generated, titles));
        if (sent.Id is { } activityId)
        {
            await answerLog.RecordAsync(new AnsweredQuestion(activityId, turn.Activity.Conversation?.Id ?? "",
                turn.Activity.From?.AadObjectId, question, locale, answer.Found, answer.Id, answer.Score), turn.CancellationToken);
        }
        // A card of its own after the answer: Teams splits text and card, and the answer's id is what feedback refers to.
        if (offerReport && AboutLeaks(turn, question, answer))
            await turn.SendAsync(MessageBuilder.Card(ReportOfferCard.ForQuestion(locale)).WithLocale(locale).WithSummary(IncidentTexts.Get("Form_Title", locale)).Build());
    }

    // Not under a redirect elsewhere: losing one's own card, or a PIN, is the municipality's matter, not a leak to report.
    private bool AboutLeaks(TurnContext turn, string question, KnowledgeAnswer answer) =>
        answer.OutOfScopeTopic is null && turn.Services.GetRequiredService<TurnLeakIntent>().Of(question).Kind == LeakIntentKind.Question
        || (answer is { Found: true, Kind: KnowledgeDocumentKind.Entry, Id: { } id } && knowledge.FindEntry(id)?.Topic == IncidentsTopic);

    private async Task RecordFeedbackAsync(TurnContext turn, Protocol.Cards.FeedbackInvoke feedback)
    {
        var user = turn.Activity.From?.AadObjectId ?? turn.Activity.From?.Id;
        var replyTo = feedback.ReplyToId ?? turn.Activity.ReplyToId;
        if (user is null || replyTo is null) return;
        await answers.RecordFeedbackAsync(replyTo, user, feedback.Reaction, feedback.FeedbackText, turn.CancellationToken);
    }
}
