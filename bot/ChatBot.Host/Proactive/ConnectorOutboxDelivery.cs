using System.Text.Json;
using ChatBot.Host.Outbox;
using ChatBot.Protocol.Clients;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Proactive;

/// <summary>Delivers outbox rows through the Bot Connector and turns its answers into retry decisions.</summary>
public sealed class ConnectorOutboxDelivery(IConnectorClient connector, BotIdentity bot) : IOutboxDelivery
{
    public async Task<DeliveryOutcome> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var target = message.Target;
        try
        {
            switch (message.Kind)
            {
                case OutboxKind.Send:
                    var sent = await connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId!, Payload(message), cancellationToken);
                    return DeliveryOutcome.Delivered(sent.Id);
                case OutboxKind.CreateAndSend:
                    // Creating a 1:1 conversation that exists already returns the same id, so a retry is harmless.
                    if (bot.BotId is not { } botId) return DeliveryOutcome.RetryLater(null, "The bot's id is not known yet (no app id configured and no activity received).");
                    var parameters = ConversationParameters.ForPersonalChat(botId, target.UserAadObjectId!, target.TenantId!);
                    var conversation = await connector.CreateConversationAsync(target.ServiceUrl, parameters, cancellationToken);
                    var created = await connector.SendToConversationAsync(target.ServiceUrl, conversation.Id, Payload(message), cancellationToken);
                    return DeliveryOutcome.Delivered(created.Id, conversation.Id);
                case OutboxKind.Reply:
                    var replied = await connector.ReplyToActivityAsync(target.ServiceUrl, target.ConversationId!, target.ActivityId!, Payload(message), cancellationToken);
                    return DeliveryOutcome.Delivered(replied.Id);
                case OutboxKind.Update:
                    var updated = await connector.UpdateActivityAsync(target.ServiceUrl, target.ConversationId!, target.ActivityId!, Payload(message), cancellationToken);
                    return DeliveryOutcome.Delivered(updated.Id ?? target.ActivityId);
                case OutboxKind.Delete:
                    await connector.DeleteActivityAsync(target.ServiceUrl, target.ConversationId!, target.ActivityId!, cancellationToken);
                    return DeliveryOutcome.Delivered(target.ActivityId);
                default:
                    return DeliveryOutcome.Failed($"Unknown outbox kind {message.Kind}.");
            }
        }
        catch (ConnectorException e) when (e.IsTransient)
        {
            // A 429 is told apart so the outbox waits it out without using up an attempt.
            return DeliveryOutcome.RetryLater(e.RetryAfter, $"{e.StatusCode} {e.ErrorCode}".Trim(), throttled: e.IsThrottled);
        }
        catch (ConnectorException e)
        {
            return DeliveryOutcome.Failed($"{e.StatusCode} {e.ErrorCode}".Trim());
        }
        catch (UntrustedServiceUrlException)
        {
            return DeliveryOutcome.Failed("The serviceUrl is not trusted; the bot's token is never sent there.");
        }
        catch (HttpRequestException e)
        {
            return DeliveryOutcome.RetryLater(null, e.HttpRequestError.ToString());
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryOutcome.RetryLater(null, "timeout");
        }
    }

    private static Activity Payload(OutboxMessage message) =>
        JsonSerializer.Deserialize<Activity>(message.PayloadJson, ProtocolJson.Options)
        ?? throw new InvalidOperationException($"Outbox message {message.Id} has no activity payload.");
}
