using System.Globalization;
using System.Text;
using ChatBot.Domain.Knowledge;
using ChatBot.Domain.Organization;
using ChatBot.Domain.Time;
using ChatBot.Host.Features.Conversation;
using ChatBot.Host.Organization;
using ChatBot.Host.Resources;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Admin;

/// <summary>
/// Tells content owners (admins and the 個人情報保護管理者) which answers to re-check against the law: entries not checked
/// for <see cref="KnowledgeReview.CheckEveryMonths"/> months, and entries whose legal basis was amended after their
/// check (from knowledge/amendments.yaml). Read-only, and refused to everyone else.
/// </summary>
public sealed class ContentReviewFeature(KnowledgeBase knowledge, OrganizationDirectory organization, TimeProvider time) : IBotFeature, IBotCommandSource
{
    private static readonly BotCommand Review = new("content-review", "Feature_ContentReview_Title", "Feature_ContentReview_Description", null,
        ["content review", "review content", "内容の見直し", "ナレッジの見直し", "回答の見直し"], "内容の見直し")
        { Groups = [HelpGroup.Admins, HelpGroup.Managers], MayUse = ContentOwners.Includes };

    public IEnumerable<BotCommand> Commands { get; } = [Review];

    public void Map(ActivityRouter router) =>
        router.OnMessage(turn => Review.Matches(turn.Activity.RemoveRecipientMention()), ListAsync);

    private async Task ListAsync(TurnContext turn)
    {
        var locale = turn.Locale;
        if (!ContentOwners.Includes(organization.Current, turn.Activity.From?.AadObjectId))
        {
            await turn.SendAsync(MessageBuilder.Text(BotTexts.Get("Error_NotAuthorized", locale)).WithLocale(locale).Build());
            return;
        }

        await turn.SendAsync(MessageBuilder.Text(Text(knowledge, JapanTime.Today(time), locale)).WithLocale(locale).Build());
    }

    /// <summary>The list as Markdown: one line per entry, oldest check first, with why it is due.</summary>
    internal static string Text(KnowledgeBase knowledge, DateOnly today, string? locale)
    {
        var language = Domain.UserLanguage.IsEnglish(locale) ? KnowledgeLanguage.English : KnowledgeLanguage.Japanese;
        var due = KnowledgeReview.Due(knowledge, today);
        var text = new StringBuilder(BotTexts.Format("Admin_ContentReview_Title", locale, Date(today), KnowledgeReview.CheckEveryMonths))
            .AppendLine().AppendLine();
        if (due.Count == 0)
            return text.Append(BotTexts.Format("Admin_ContentReview_None", locale, knowledge.Entries.Count, KnowledgeReview.CheckEveryMonths)).ToString();

        foreach (var item in due)
        {
            var reasons = new List<string>();
            if (item.Overdue) reasons.Add(BotTexts.Format("Admin_ContentReview_Overdue", locale, KnowledgeReview.CheckEveryMonths));
            reasons.AddRange(item.Amendments.Select(a => BotTexts.Format("Admin_ContentReview_Amended", locale, Date(a.Date),
                $"{knowledge.FindSource(a.SourceId)?.CitationName(language) ?? a.SourceId}{(a.Section is null ? "" : " " + a.Section)}", a.What.Get(language))));
            text.AppendLine(BotTexts.Format("Admin_ContentReview_Item", locale, item.Entry.Title.Get(language), item.Entry.Id,
                Date(item.Entry.Checked), string.Join(BotTexts.Get("Admin_ContentReview_Separator", locale), reasons)));
        }

        return text.Append(BotTexts.Get("Admin_ContentReview_How", locale)).ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
