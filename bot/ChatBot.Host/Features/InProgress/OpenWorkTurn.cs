using ChatBot.Protocol.Routing;

namespace ChatBot.Host.Features.InProgress;

/// <summary>
/// Per-request: set by a route whose reply is itself a guide, sheet or form (or about one), so the reminder of open
/// work is not appended under it.
/// </summary>
public sealed class OpenWorkTurn
{
    public bool ShowsWork { get; private set; }

    /// <summary>This turn's reply is the work itself: no reminder under it.</summary>
    public static void MarkShown(TurnContext turn)
    {
        if (turn.Services.GetService<OpenWorkTurn>() is { } marker) marker.ShowsWork = true;
    }
}
