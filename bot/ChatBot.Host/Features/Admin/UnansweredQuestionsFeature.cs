using System.Text;
using ChatBot.Domain.Organization;
using ChatBot.Domain.Time;
using ChatBot.Host.Features.Conversation;
using ChatBot.Host.Features.Knowledge;
using ChatBot.Host.Organization;
using ChatBot.Host.Resources;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Admin;

/// <summary>
/// Lets content owners (admins and the 個人情報保護管理者) see the latest questions the knowledge base could not
/// answer, already masked, so they know what content is missing.
/// </summary>
public sealed class UnansweredQuestionsFeature(KnowledgeAnswerStore answers, OrganizationDirectory organization) : IBotFeature
{
    private static readonly BotCommand Unanswered = new("unanswered", "Admin_Unanswered_Title", "Admin_Unanswered_Title", null, ["unanswered", "未回答", "未回答の質問"], "");

    public void Map(ActivityRouter router) => router.OnMessage(turn => Unanswered.Matches(turn.Activity.RemoveRecipientMention()), ListAsync);

    private async Task ListAsync(TurnContext turn)
    {
        var locale = turn.Locale;
        var user = turn.Activity.From?.AadObjectId;
        var model = organization.Current;
        if (!model.HasRole(user, OrganizationRole.Admin) && !model.HasRole(user, OrganizationRole.PrivacyOfficer))
        {
            await turn.SendAsync(MessageBuilder.Text(BotTexts.Get("Error_NotAuthorized", locale)).WithLocale(locale).Build());
            return;
        }

        var questions = await answers.ListUnansweredAsync(20, turn.CancellationToken);
        var text = new StringBuilder(BotTexts.Get("Admin_Unanswered_Title", locale)).AppendLine().AppendLine();
        if (questions.Count == 0) text.Append(BotTexts.Get("Admin_Unanswered_None", locale));
        foreach (var q in questions)
            text.AppendLine($"- {JapanTime.ToJapan(q.AskedAt):yyyy-MM-dd HH:mm} ({q.Locale ?? "-"}) {q.Question}");
        await turn.SendAsync(MessageBuilder.Text(text.ToString()).WithLocale(locale).Build());
    }
}
