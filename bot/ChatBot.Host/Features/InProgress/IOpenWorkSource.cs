using ChatBot.Protocol.Routing;

namespace ChatBot.Host.Features.InProgress;

/// <summary>
/// A feature whose work a user can leave half done (the lifecycle guide, the check sheet): it says what the user has
/// open, and acts on a typed word for it with the same server-side checks its card buttons use.
/// </summary>
public interface IOpenWorkSource
{
    /// <summary>What <paramref name="actor"/> has open here, if anything; the reminder is worded in <paramref name="locale"/>.</summary>
    Task<OpenWork?> FindAsync(string actor, string? locale, CancellationToken ct);

    /// <summary>Answers <paramref name="word"/> for <paramref name="actor"/>'s open work (found again: it may have changed).</summary>
    Task ActAsync(TurnContext turn, string actor, TypedWord word);
}
