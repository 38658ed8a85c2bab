using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Schema;

namespace ChatBot.Protocol.Routing;

public sealed partial class ActivityRouter
{
    /// <summary>Runs the matching handlers. Returns the invoke response for invokes, null for other activities.</summary>
    public async Task<InvokeResponse?> DispatchAsync(TurnContext context)
    {
        var activity = context.Activity;
        var isInvoke = string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase);
        try
        {
            await RunMiddlewareAsync(context, 0, async () =>
            {
                if (isInvoke)
                {
                    context.InvokeResponse = await DispatchInvokeAsync(context);
                }
                else
                {
                    await DispatchActivityAsync(context);
                }
            });
            return isInvoke ? context.InvokeResponse ?? AdaptiveCardResponses.Empty() : null;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            Log.HandlerFailed(_logger, activity.Type, activity.Name, activity.Id, ex);
            return isInvoke
                ? AdaptiveCardResponses.Error(500, "InternalError", "Something went wrong. Please try again.")
                : null;
        }
    }

    // Middleware runs in registration order around the routes; one that does not call next ends the turn
    // (an invoke then answers with whatever it set in TurnContext.InvokeResponse).
    private Task RunMiddlewareAsync(TurnContext context, int index, Func<Task> routes) =>
        index < _middleware.Count
            ? _middleware[index](context, () => RunMiddlewareAsync(context, index + 1, routes))
            : routes();

    private async Task<InvokeResponse> DispatchInvokeAsync(TurnContext context)
    {
        var activity = context.Activity;
        var name = activity.Name ?? string.Empty;

        if (string.Equals(name, InvokeNames.AdaptiveCardAction, StringComparison.OrdinalIgnoreCase))
        {
            var action = activity.GetAdaptiveCardAction();
            if (action is not null && _verbs.TryGetValue(action.Verb, out var verbHandler))
            {
                return await HandleVerbAsync(context, action, verbHandler);
            }

            if (!_invokes.ContainsKey(name))
            {
                Log.UnknownVerb(_logger, action?.Verb);
                return action is null
                    ? AdaptiveCardResponses.Error(400, "BadRequest", "The card action is malformed.")
                    : AdaptiveCardResponses.Error(400, "UnknownVerb", "This card action is not supported.");
            }
        }

        if (_feedback is not null && activity.GetFeedback() is { } feedback)
        {
            await _feedback(context, feedback);
            return AdaptiveCardResponses.Empty();
        }

        if (_invokes.TryGetValue(name, out var handler))
        {
            return await handler(context) ?? AdaptiveCardResponses.Empty();
        }

        Log.UnknownInvoke(_logger, name);
        return new InvokeResponse(501);
    }

    // Unreadable card data is the client's mistake, not the bot's: a 400 the user can read, not a 500. The field and the
    // value stay out of the log (a value may be anything the user typed).
    private async Task<InvokeResponse> HandleVerbAsync(
        TurnContext context, AdaptiveCardAction action, Func<TurnContext, AdaptiveCardAction, Task<InvokeResponse>> handler)
    {
        try
        {
            return await handler(context, action) ?? AdaptiveCardResponses.Empty();
        }
        catch (InvalidCardDataException e)
        {
            Log.InvalidCardData(_logger, action.Verb, e.Problem);
            var message = _invalidCardData?.Invoke(context) ?? "This card sent data the action cannot use. Open the card again and retry.";
            return AdaptiveCardResponses.Error(400, "InvalidCardData", message);
        }
    }

    private async Task DispatchActivityAsync(TurnContext context)
    {
        var activity = context.Activity;
        var handled = false;
        if (string.Equals(activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase))
        {
            if (_submit is not null && activity.GetSubmitValue() is { } value)
            {
                await _submit(context, value);
                return;
            }

            foreach (var (match, handler) in _messages)
            {
                if (match(context))
                {
                    await handler(context);
                    return;
                }
            }
        }
        else
        {
            foreach (var (type, handler) in _events)
            {
                if (string.Equals(type, activity.Type, StringComparison.OrdinalIgnoreCase))
                {
                    handled = true;
                    await handler(context);
                }
            }
        }

        if (!handled)
        {
            foreach (var handler in _any)
            {
                await handler(context);
            }
        }
    }
}
