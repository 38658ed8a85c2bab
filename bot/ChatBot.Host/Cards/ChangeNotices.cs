using ChatBot.Domain.Changes;

namespace ChatBot.Host.Cards;

/// <summary>A feature's text keys for the notices that answer a change; a refusal's reason is a key of its own.</summary>
public sealed record ChangeNoticeKeys(string Done, string NotFound, string Forbidden, string Stale);

/// <summary>The one mapping from a change's result to the notice a card shows.</summary>
public static class ChangeNotices
{
    public static string KeyFor<TState>(this ChangeResult<TState> result, ChangeNoticeKeys keys)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(keys);
        return result.Status switch
        {
            ChangeStatus.Done => keys.Done,
            ChangeStatus.Forbidden => keys.Forbidden,
            ChangeStatus.Stale => keys.Stale,
            ChangeStatus.Rejected => result.Reason ?? keys.Stale,
            _ => keys.NotFound,
        };
    }
}
