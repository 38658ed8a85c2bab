using ChatBot.Host.Features.InProgress.Resources;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.InProgress;

/// <summary>
/// Inside a guide or a check sheet: a typed 「中止」「次へ」「戻る」「わからない」「続ける」 acts on the user's most recently
/// touched open work through its feature (<see cref="IOpenWorkSource"/>), with the checks its buttons use; with nothing
/// open it says so instead of reaching the knowledge base. Any other message is answered as usual and, in a personal
/// chat, followed by one line with a resume button while the open work was touched within <see cref="ReminderWindow"/>.
/// </summary>
public sealed class OpenWorkFeature(IServiceProvider services, TimeProvider time) : IBotFeature
{
    /// <summary>
    /// The reminder shows only while the work changed this recently: a user who stepped out of a guide to ask something
    /// is reminded on the way back, one who left it yesterday is not nagged under every answer. Read from the stored
    /// <c>updated_at</c>, so it needs no state of its own and holds across restarts and instances.
    /// </summary>
    public static readonly TimeSpan ReminderWindow = TimeSpan.FromMinutes(30);

    public void Map(ActivityRouter router)
    {
        router.Use(RemindAfterAsync);
        router.OnMessage(turn => TypedWords.Parse(turn.Activity.RemoveRecipientMention()) is not null, ActAsync);
    }

    private async Task ActAsync(TurnContext turn)
    {
        OpenWorkTurn.MarkShown(turn);
        var word = TypedWords.Parse(turn.Activity.RemoveRecipientMention())!.Value;
        var actor = turn.Activity.From?.AadObjectId;
        if (actor is not null && await FindAsync(actor, turn.Locale, turn.CancellationToken) is { } work)
        {
            await work.Source.ActAsync(turn, actor, word);
            return;
        }

        var text = OpenWorkTexts.Get(word == TypedWord.Cancel ? "NothingToCancel" : "NothingOpen", turn.Locale);
        await turn.SendAsync(MessageBuilder.Text(text).WithLocale(turn.Locale).Build());
    }

    private async Task RemindAfterAsync(TurnContext turn, Func<Task> next)
    {
        await next();
        var activity = turn.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(activity.Text)
            || activity.Conversation?.ConversationType is not (null or ConversationTypes.Personal)
            || activity.From?.AadObjectId is not { } actor
            || turn.Services.GetService<OpenWorkTurn>() is not { ShowsWork: false }) return;

        if (await FindAsync(actor, turn.Locale, turn.CancellationToken) is not { } work || time.GetUtcNow() - work.TouchedAt > ReminderWindow) return;
        await turn.SendAsync(MessageBuilder.Card(OpenWorkCard.Build(work.Reminder, work)).WithLocale(turn.Locale).WithSummary(work.Reminder).Build());
    }

    // The most recently touched open work across the features that have some.
    private async Task<OpenWork?> FindAsync(string actor, string? locale, CancellationToken ct)
    {
        OpenWork? latest = null;
        foreach (var source in services.GetServices<IBotFeature>().OfType<IOpenWorkSource>())
            if (await source.FindAsync(actor, locale, ct) is { } work && (latest is null || work.TouchedAt > latest.TouchedAt)) latest = work;
        return latest;
    }
}
