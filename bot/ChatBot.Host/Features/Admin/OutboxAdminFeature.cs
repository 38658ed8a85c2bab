using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Domain.Organization;
using ChatBot.Host.Features.Conversation;
using ChatBot.Host.Organization;
using ChatBot.Host.Outbox;
using ChatBot.Host.Resources;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Admin;

/// <summary>
/// Chat commands for admins to watch the outbox and put dead messages back in the queue. The role comes from
/// the organization file by the sender's AAD object id; everyone else gets a polite refusal.
/// </summary>
public sealed partial class OutboxAdminFeature(IOutboxAdmin outbox, OrganizationDirectory organization) : IBotFeature, IBotCommandSource
{
    // Routed by OutboxCommand() (it takes arguments); the command is here for the help card's admin section.
    private static readonly BotCommand Outbox = new("outbox", "Feature_Outbox_Title", "Feature_Outbox_Description", null, ["outbox", "送信キュー"], "送信キュー")
        { Groups = [HelpGroup.Admins], MayUse = MayAdminister };

    public IEnumerable<BotCommand> Commands { get; } = [Outbox];

    private static bool MayAdminister(OrganizationModel org, string? actor) => org.HasRole(actor, OrganizationRole.Admin);

    public void Map(ActivityRouter router) => router.OnMessage(OutboxCommand(), HandleAsync);

    private async Task HandleAsync(TurnContext turn)
    {
        var locale = turn.Locale;
        if (!MayAdminister(organization.Current, turn.Activity.From?.AadObjectId))
        {
            await ReplyAsync(turn, BotTexts.Get("Error_NotAuthorized", locale));
            return;
        }

        var match = OutboxCommand().Match(turn.Activity.RemoveRecipientMention());
        var verb = match.Groups["verb"].Value.ToLowerInvariant();
        var argument = match.Groups["arg"].Value;
        var reply = verb switch
        {
            "dead" or "失敗" => await DeadAsync(locale, turn.CancellationToken),
            "retry" or "再送" when Guid.TryParse(argument, out var id) => await RetryAsync(id, locale, turn.CancellationToken),
            "" => await CountsAsync(locale, turn.CancellationToken),
            _ => BotTexts.Get("Admin_Usage", locale),
        };
        await ReplyAsync(turn, reply);
    }

    private async Task<string> CountsAsync(string? locale, CancellationToken ct)
    {
        var c = await outbox.CountsAsync(ct);
        return BotTexts.Format("Admin_OutboxStatus", locale, c.Pending, c.InFlight, c.Sent, c.Dead) + "\n\n" + BotTexts.Get("Admin_Usage", locale);
    }

    private async Task<string> DeadAsync(string? locale, CancellationToken ct)
    {
        var dead = await outbox.ListDeadAsync(20, ct);
        if (dead.Count == 0) return BotTexts.Get("Admin_OutboxNoDead", locale);
        var text = new StringBuilder();
        foreach (var m in dead)
            text.AppendLine(BotTexts.Format("Admin_OutboxDeadItem", locale, m.Id, m.Attempts, m.LastError ?? "-"));
        return text.ToString();
    }

    private async Task<string> RetryAsync(Guid id, string? locale, CancellationToken ct) =>
        await outbox.RetryAsync(id, ct)
            ? BotTexts.Format("Admin_OutboxRetried", locale, id)
            : BotTexts.Format("Admin_OutboxNotFound", locale, id);

    private static Task ReplyAsync(TurnContext turn, string text) =>
        turn.SendAsync(MessageBuilder.Text(text).WithLocale(turn.Locale).Build());

    [GeneratedRegex(@"^\s*(outbox|送信キュー)(\s+(?<verb>dead|retry|失敗|再送))?(\s+(?<arg>\S+))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OutboxCommand();
}
