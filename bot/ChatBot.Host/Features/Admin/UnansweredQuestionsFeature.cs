using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Domain.Audit;
using ChatBot.Domain.Organization;
using ChatBot.Domain.Time;
using ChatBot.Host.Audit;
using ChatBot.Host.Features.Conversation;
using ChatBot.Host.Features.Knowledge;
using ChatBot.Host.Organization;
using ChatBot.Host.Resources;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Features.Admin;

/// <summary>
/// Lets content owners (admins and the 個人情報保護管理者) see the latest questions the knowledge base could not
/// answer, already masked, so they know what content is missing. Admins also get the retention controls: an
/// unanswered question is deleted after <see cref="KnowledgeOptions.AnswerLogRetention"/> unless an admin keeps it.
/// </summary>
public sealed class UnansweredQuestionsFeature(
    KnowledgeAnswerStore answers, OrganizationDirectory organization, IAuditTrail audit, IOptions<KnowledgeOptions> options) : IBotFeature, IBotCommandSource
{
    public const string KeptAction = "knowledge.question.kept";
    public const string ReleasedAction = "knowledge.question.released";
    private const int ListSize = 20;

    private static readonly BotCommand Unanswered = new("unanswered", "Feature_Unanswered_Title", "Feature_Unanswered_Description", null, ["unanswered", "未回答", "未回答の質問"], "未回答")
        { Groups = [HelpGroup.Admins, HelpGroup.Managers], MayUse = ContentOwners.Includes };

    public IEnumerable<BotCommand> Commands { get; } = [Unanswered];

    // Content owners list them (ContentOwners); only admins get the retention buttons.

    public void Map(ActivityRouter router)
    {
        router.OnMessage(turn => Unanswered.Matches(turn.Activity.RemoveRecipientMention()), ListAsync);
        router.OnAdaptiveCardAction(UnansweredQuestionsCard.KeepVerb, (turn, action) => SetKeptAsync(turn, action, keep: true));
        router.OnAdaptiveCardAction(UnansweredQuestionsCard.ReleaseVerb, (turn, action) => SetKeptAsync(turn, action, keep: false));
    }

    private async Task ListAsync(TurnContext turn)
    {
        var locale = turn.Locale;
        var user = turn.Activity.From?.AadObjectId;
        var model = organization.Current;
        if (!ContentOwners.Includes(model, user))
        {
            await turn.SendAsync(MessageBuilder.Text(BotTexts.Get("Error_NotAuthorized", locale)).WithLocale(locale).Build());
            return;
        }

        var questions = await answers.ListUnansweredAsync(ListSize, turn.CancellationToken);
        var text = new StringBuilder(BotTexts.Get("Admin_Unanswered_Title", locale)).AppendLine().AppendLine();
        if (questions.Count == 0) text.Append(BotTexts.Get("Admin_Unanswered_None", locale));
        foreach (var q in questions)
            text.AppendLine($"- {JapanTime.ToJapan(q.AskedAt):yyyy-MM-dd HH:mm} ({q.Locale ?? "-"}) {q.Question}");
        // Two messages (Teams splits text plus card anyway): the admins' retention card, then the list itself, last and
        // plain, where the eye lands and where it can be copied.
        if (questions.Count > 0 && model.HasRole(user, OrganizationRole.Admin))
        {
            await turn.SendAsync(MessageBuilder.Card(Card(questions, locale)).WithLocale(locale)
                .WithSummary(BotTexts.Get("Admin_Unanswered_KeepTitle", locale)).Build());
        }

        await turn.SendAsync(MessageBuilder.Text(text.ToString()).WithLocale(locale).Build());
    }

    /// <summary>Keep / Stop keeping: admins only, checked here whatever card the click came from.</summary>
    private async Task<InvokeResponse> SetKeptAsync(TurnContext turn, AdaptiveCardAction action, bool keep)
    {
        var locale = turn.Locale;
        var user = turn.Activity.From?.AadObjectId;
        if (user is null || !organization.Current.HasRole(user, OrganizationRole.Admin))
            return AdaptiveCardResponses.Message(BotTexts.Get("Error_NotAuthorized", locale));
        var id = action.Data.RequiredString("id");
        if (!await answers.SetKeptAsync(id, keep ? user : null, turn.CancellationToken))
            return AdaptiveCardResponses.Message(BotTexts.Get("Admin_Unanswered_NotFound", locale));

        // Who decided to keep an employee's question past its retention, and who let it go: an accountable decision.
        await audit.AppendAsync(AnswerLogPurgeHandler.AuditStream, user, keep ? KeptAction : ReleasedAction, new { question = id }, turn.CancellationToken);
        var questions = await answers.ListUnansweredAsync(ListSize, turn.CancellationToken);
        return AdaptiveCardResponses.Card(Card(questions, locale, BotTexts.Get(keep ? "Admin_Unanswered_KeptDone" : "Admin_Unanswered_ReleasedDone", locale)));
    }

    private JsonObject Card(IReadOnlyList<UnansweredQuestion> questions, string? locale, string? notice = null) =>
        UnansweredQuestionsCard.Build(questions, options.Value.AnswerLogRetention,
            aad => organization.Current.FindPerson(aad)?.Name ?? aad, locale, notice);
}
