using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Protocol.Routing;

/// <summary>
/// Maps activities to handlers. Built once at start-up, then sealed. Rules:
/// <list type="bullet">
/// <item>Invokes are exclusive and answer in the HTTP response: card verbs, then feedback, then invoke names.
/// An unmatched invoke is 501; an unmatched <c>Action.Execute</c> verb is a 400 card error, and so is card data a verb
/// handler cannot read (<see cref="InvalidCardDataException"/>), with the text of <see cref="OnInvalidCardData"/>.</item>
/// <item>Messages: a legacy <c>Action.Submit</c> goes to <see cref="OnSubmit"/> if registered; otherwise the first
/// matching <see cref="OnMessage(Func{TurnContext, Task})"/> route wins (registration order), so a catch-all goes last.</item>
/// <item>Other activity types: every handler for the type runs, in order (several features may observe an install).</item>
/// <item><see cref="OnAny"/> runs for non-invoke activities nothing else handled.</item>
/// </list>
/// A handler exception is logged; an invoke then gets a 500 card error, other activities still get 200 — the
/// activity itself was valid, and a retried delivery would only repeat side effects. Exception text never leaves.
/// </summary>
public sealed partial class ActivityRouter(ILogger<ActivityRouter>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<ActivityRouter>.Instance;
    private readonly List<(Func<TurnContext, bool> Match, Func<TurnContext, Task> Handler)> _messages = [];
    private readonly List<(string Type, Func<TurnContext, Task> Handler)> _events = [];
    private readonly List<Func<TurnContext, Task>> _any = [];
    private readonly List<Func<TurnContext, Func<Task>, Task>> _middleware = [];
    private readonly Dictionary<string, Func<TurnContext, Task<InvokeResponse>>> _invokes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<TurnContext, AdaptiveCardAction, Task<InvokeResponse>>> _verbs = new(StringComparer.OrdinalIgnoreCase);
    private Func<TurnContext, FeedbackInvoke, Task>? _feedback;
    private Func<TurnContext, JsonObject, Task>? _submit;
    private Func<TurnContext, string>? _invalidCardData;
    private bool _sealed;

    /// <summary>
    /// Runs around every route, in registration order, for every activity (invokes included): the place for
    /// what must happen before any handler sees the activity. Call <c>next</c> to continue.
    /// </summary>
    public ActivityRouter Use(Func<TurnContext, Func<Task>, Task> middleware)
    {
        EnsureOpen();
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Any message (put catch-alls after specific routes).</summary>
    public ActivityRouter OnMessage(Func<TurnContext, Task> handler) => OnMessage(_ => true, handler);

    public ActivityRouter OnMessage(Func<TurnContext, bool> predicate, Func<TurnContext, Task> handler)
    {
        EnsureOpen();
        _messages.Add((predicate, handler));
        return this;
    }

    /// <summary>Messages whose text, with the bot's @mention removed, matches <paramref name="pattern"/>.</summary>
    public ActivityRouter OnMessage(Regex pattern, Func<TurnContext, Task> handler) =>
        OnMessage(ctx => pattern.IsMatch(ctx.Activity.RemoveRecipientMention()), handler);

    /// <summary>A legacy <c>Action.Submit</c> (message with no text and an object value).</summary>
    public ActivityRouter OnSubmit(Func<TurnContext, JsonObject, Task> handler)
    {
        EnsureOpen();
        _submit = _submit is null ? handler : throw Duplicate("OnSubmit");
        return this;
    }

    public ActivityRouter OnConversationUpdate(Func<TurnContext, Task> handler) => On(ActivityTypes.ConversationUpdate, handler);

    public ActivityRouter OnInstallationUpdate(Func<TurnContext, Task> handler) => On(ActivityTypes.InstallationUpdate, handler);

    public ActivityRouter OnMessageReaction(Func<TurnContext, Task> handler) => On(ActivityTypes.MessageReaction, handler);

    /// <summary>Any other non-invoke activity type (<c>event</c>, <c>messageUpdate</c>, …).</summary>
    public ActivityRouter On(string activityType, Func<TurnContext, Task> handler)
    {
        EnsureOpen();
        if (string.Equals(activityType, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase)
            || string.Equals(activityType, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Use OnInvoke/OnMessage for invokes and messages.", nameof(activityType));
        }

        _events.Add((activityType, handler));
        return this;
    }

    /// <summary>An invoke by <c>name</c>; the handler's result is the HTTP answer. Names are unique.</summary>
    public ActivityRouter OnInvoke(string name, Func<TurnContext, Task<InvokeResponse>> handler)
    {
        EnsureOpen();
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!_invokes.TryAdd(name, handler))
        {
            throw Duplicate($"invoke '{name}'");
        }

        return this;
    }

    /// <summary>An <c>Action.Execute</c> verb, <c>&lt;feature&gt;.&lt;action&gt;</c>. Verbs are unique.</summary>
    public ActivityRouter OnAdaptiveCardAction(string verb, Func<TurnContext, AdaptiveCardAction, Task<InvokeResponse>> handler)
    {
        EnsureOpen();
        if (!VerbPattern().IsMatch(verb ?? string.Empty))
        {
            throw new ArgumentException($"Verb '{verb}' is not '<feature>.<action>'.", nameof(verb));
        }

        if (!_verbs.TryAdd(verb!, handler))
        {
            throw Duplicate($"card verb '{verb}'");
        }

        return this;
    }

    /// <summary>Like/dislike feedback; the router answers the required empty 200.</summary>
    public ActivityRouter OnFeedback(Func<TurnContext, FeedbackInvoke, Task> handler)
    {
        EnsureOpen();
        _feedback = _feedback is null ? handler : throw Duplicate("OnFeedback");
        return this;
    }

    /// <summary>
    /// The user-visible text of the 400 that answers card data a verb handler could not read (the host localizes it);
    /// without it, a short English sentence.
    /// </summary>
    public ActivityRouter OnInvalidCardData(Func<TurnContext, string> message)
    {
        EnsureOpen();
        _invalidCardData = _invalidCardData is null ? message : throw Duplicate("OnInvalidCardData");
        return this;
    }

    /// <summary>Every registered <c>Action.Execute</c> verb: for audits and tests that must cover each route.</summary>
    public IReadOnlyCollection<string> Verbs => _verbs.Keys;

    /// <summary>Every invoke registered by name (<see cref="OnInvoke"/>).</summary>
    public IReadOnlyCollection<string> NamedInvokes => _invokes.Keys;

    /// <summary>Whether like/dislike feedback invokes have a handler.</summary>
    public bool HandlesFeedback => _feedback is not null;

    /// <summary>Fallback for non-invoke activities no other route handled.</summary>
    public ActivityRouter OnAny(Func<TurnContext, Task> handler)
    {
        EnsureOpen();
        _any.Add(handler);
        return this;
    }

    /// <summary>Stops further registration; called by the host once all features are mapped.</summary>
    public void Seal() => _sealed = true;

    private void EnsureOpen()
    {
        if (_sealed)
        {
            throw new InvalidOperationException("Routes must be registered at start-up, before the first activity.");
        }
    }

    private static InvalidOperationException Duplicate(string what) => new($"Duplicate bot route: {what} is already registered.");

    [GeneratedRegex(@"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$")]
    private static partial Regex VerbPattern();
}
