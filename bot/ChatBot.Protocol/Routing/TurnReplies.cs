using System.Runtime.ExceptionServices;
using ChatBot.Protocol.Clients;

namespace ChatBot.Protocol.Routing;

/// <summary>
/// Delivers one turn's replies so that a transient connector failure (429, 5xx, timeout) does not lose them: the reply
/// is retried, waiting the connector's <c>Retry-After</c> (else a short backoff), while the turn is within
/// <see cref="TurnReplyOptions.RetryBudget"/>; then it is handed to the <see cref="IReplyFallback"/>, which delivers it
/// after the turn, and the caller gets a <see cref="ResourceResponse"/> without an id. Permanent failures (400, 401,
/// 403, 404, 413) throw at once, as retrying cannot help.
/// <para>
/// Replies go one at a time in the order they were asked for, and once one is handed over, the turn's later replies
/// follow it to the fallback without trying the connector: they must not overtake it. Typing indicators are best
/// effort: a failure is logged and ignored, never retried nor handed over (a late one would only mislead).
/// </para>
/// <para>
/// At least once: a timeout or a 502/504 may come after the connector created the message, and a send cannot be
/// made idempotent (the connector picks the id and takes no idempotency key), so a retry may show it twice. Losing a
/// leak-report form is worse.
/// </para>
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim needs disposing only once its wait handle is used; this one's never is.")]
internal sealed class TurnReplies(ReplyDelivery delivery, long startedAt, CancellationToken turnAborted)
{
    private readonly SemaphoreSlim _inOrder = new(1, 1);
    private bool _handedOver;

    public IConnectorClient Connector => delivery.Connector;

    public async Task<ResourceResponse> DeliverAsync(TurnReply reply)
    {
        // Not the turn's token: a reply waiting for an earlier one must still reach the fallback if Teams gives up.
        await _inOrder.WaitAsync(CancellationToken.None);
        try
        {
            if (_handedOver)
            {
                Log.ReplyFollowsHandedOver(delivery.Logger, reply.Kind);
                return await HandOverAsync(reply, null);
            }

            return await TryThenHandOverAsync(reply);
        }
        finally
        {
            _inOrder.Release();
        }
    }

    public async Task<ResourceResponse> TypingAsync(TurnReply typing)
    {
        if (_handedOver)
        {
            return new ResourceResponse(null); // the turn's answer is late already: "typing…" now would mislead
        }

        try
        {
            return await CallAsync(typing);
        }
        catch (ConnectorException e)
        {
            Log.TypingFailed(delivery.Logger, e.StatusCode, e.ErrorCode);
            return new ResourceResponse(null);
        }
    }

    private async Task<ResourceResponse> TryThenHandOverAsync(TurnReply reply)
    {
        var fallback = delivery.Fallback;
        for (var attempt = 1; ; attempt++)
        {
            ExceptionDispatchInfo failure;
            try
            {
                return await CallAsync(reply);
            }
            catch (ConnectorException e) when (e.IsTransient)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            catch (OperationCanceledException) when (turnAborted.IsCancellationRequested && fallback is not null)
            {
                // Teams gave up on the turn mid-send. Whether the connector took it is unknown; a duplicate beats a loss.
                Log.ReplyHandedOver(delivery.Logger, reply.Kind, attempt, null);
                return await HandOverAsync(reply, null);
            }

            var error = (ConnectorException)failure.SourceException;
            var wait = error.RetryAfter ?? delivery.Backoff(attempt);
            if (attempt >= delivery.Options.MaxAttempts || delivery.Time.GetElapsedTime(startedAt) + wait > delivery.Options.RetryBudget)
            {
                if (fallback is null)
                {
                    failure.Throw(); // no host fallback: the handler sees the connector's error, as without retries
                }

                Log.ReplyHandedOver(delivery.Logger, reply.Kind, attempt, error.StatusCode);
                return await HandOverAsync(reply, error.RetryAfter);
            }

            Log.ReplyRetrying(delivery.Logger, reply.Kind, error.StatusCode, wait, attempt);
            try
            {
                await Task.Delay(wait, delivery.Time, turnAborted);
            }
            catch (OperationCanceledException) when (fallback is not null)
            {
                Log.ReplyHandedOver(delivery.Logger, reply.Kind, attempt, error.StatusCode);
                return await HandOverAsync(reply, null);
            }
        }
    }

    private async Task<ResourceResponse> HandOverAsync(TurnReply reply, TimeSpan? retryAfter)
    {
        _handedOver = true;
        // Not the turn's token: the reply is stored even when Teams has stopped listening.
        await delivery.Fallback!.HandOverAsync(reply, retryAfter, CancellationToken.None);
        return new ResourceResponse(null);
    }

    private async Task<ResourceResponse> CallAsync(TurnReply reply)
    {
        var connector = delivery.Connector;
        switch (reply.Kind)
        {
            case TurnReplyKind.Send:
                return await connector.SendToConversationAsync(reply.ServiceUrl, reply.ConversationId, reply.Activity!, turnAborted);
            case TurnReplyKind.Reply:
                return await connector.ReplyToActivityAsync(reply.ServiceUrl, reply.ConversationId, reply.ActivityId!, reply.Activity!, turnAborted);
            case TurnReplyKind.Update:
                return await connector.UpdateActivityAsync(reply.ServiceUrl, reply.ConversationId, reply.ActivityId!, reply.Activity!, turnAborted);
            case TurnReplyKind.Delete:
                await connector.DeleteActivityAsync(reply.ServiceUrl, reply.ConversationId, reply.ActivityId!, turnAborted);
                return new ResourceResponse(reply.ActivityId);
            default:
                throw new ArgumentOutOfRangeException(nameof(reply), reply.Kind, "Unknown reply kind.");
        }
    }
}
