using ChatBot.Domain.Changes;

namespace ChatBot.Host.Cards;

/// <summary>
/// A feature's text keys for the notices that answer a change; a refusal's notice is <see cref="RejectedPrefix"/> and
/// its reason (the Domain names the reason, the feature owns the text).
/// </summary>
public sealed record ChangeNoticeKeys(string Done, string NotFound, string Forbidden, string Stale)
{
    public string RejectedPrefix { get; init; } = "";
}

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
            ChangeStatus.Rejected => keys.RejectedPrefix + (result.Reason ?? keys.Stale),
            _ => keys.NotFound,
        };
    }
}
