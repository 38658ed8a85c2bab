using ChatBot.Domain.Organization;
using ChatBot.Host.Organization;
using ChatBot.Host.Resources;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Conversation;

/// <summary>Install and welcome, help, and the conversation references that make proactive messages possible.</summary>
public sealed class ConversationFeature(IServiceProvider services) : IBotFeature, IBotCommandSource
{
    internal static readonly BotCommand Help = new("help", "Help_Title", "Help_Intro", null, ["help", "ヘルプ", "へるぷ", "使い方", "メニュー", "menu", "?"], "ヘルプ");

    public IEnumerable<BotCommand> Commands { get; } = [Help];

    public void Map(ActivityRouter router)
    {
        router.OnConversationUpdate(WelcomeWhenAddedAsync);
        router.OnMessage(turn => Help.Matches(turn.Activity.RemoveRecipientMention()), SendHelpAsync);
        router.OnMessage(turn => SmallTalk.Classify(turn.Activity.RemoveRecipientMention()) is not null, SmallTalkAsync);
    }

    // A friendly word in the user's language, then the menu: never "the knowledge base has no answer" to a hello.
    private async Task SmallTalkAsync(TurnContext turn)
    {
        var key = SmallTalk.Classify(turn.Activity.RemoveRecipientMention()) switch
        {
            SmallTalkKind.Greeting => "SmallTalk_Greeting",
            SmallTalkKind.Thanks => "SmallTalk_Thanks",
            _ => "SmallTalk_Capabilities",
        };
        await turn.SendAsync(Protocol.Schema.MessageBuilder.Text(BotTexts.Get(key, turn.Locale)).WithLocale(turn.Locale).Build());
        await SendHelpAsync(turn);
    }

    private Task SendHelpAsync(TurnContext turn)
    {
        // Every feature that offers commands implements IBotCommandSource: the help card lists them in route order, in
        // the sections the sender's roles (from the organization file, by their AAD object id) open to them.
        var commands = services.GetServices<IBotFeature>().OfType<IBotCommandSource>().SelectMany(s => s.Commands).Where(c => c.Id != Help.Id);
        var organization = services.GetRequiredService<OrganizationDirectory>().Current;
        var actor = turn.Activity.From?.AadObjectId;
        var card = HelpCard.Build(HelpGroups.Sections(commands, organization, actor), RolesOf(organization, actor, turn.Locale), turn.Locale);
        return turn.SendAsync(Protocol.Schema.MessageBuilder.Card(card)
            .WithLocale(turn.Locale).WithSummary(BotTexts.Get("Help_Title", turn.Locale)).Build());
    }

    private static string? RolesOf(OrganizationModel organization, string? actor, string? locale) =>
        organization.FindPerson(actor) is not { } person ? null
        : person.Roles.Count == 0 ? BotTexts.Get("Help_NoRole", locale)
        : string.Join(BotTexts.Get("Role_NameSeparator", locale), person.Roles.Order().Select(r => RoleNames.Of(r, locale)));

    // The bot itself among membersAdded means it was just installed (personal) or added (team, group chat).
    private static async Task WelcomeWhenAddedAsync(TurnContext turn)
    {
        var botId = turn.Activity.Recipient?.Id;
        if (botId is null || turn.Activity.MembersAdded?.Any(m => string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase)) != true) return;
        await turn.SendAsync(Protocol.Schema.MessageBuilder.Card(WelcomeCard.Build(turn.Locale))
            .WithLocale(turn.Locale).WithSummary(BotTexts.Get("Welcome_Title", turn.Locale)).Build());
    }
}
