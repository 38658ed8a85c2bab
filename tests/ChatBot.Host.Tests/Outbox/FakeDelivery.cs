using System.Collections.Concurrent;
using ChatBot.Host.Outbox;

namespace ChatBot.Host.Tests.Outbox;

/// <summary>
/// Records every attempt. <see cref="Behavior"/> gets the message and its attempt number here
/// (1-based). Counts deliveries per message and checks no conversation gets two at once.
/// </summary>
public sealed class FakeDelivery : IOutboxDelivery
{
    private readonly ConcurrentDictionary<string, int> _inProgress = new();

    public Func<OutboxMessage, int, CancellationToken, Task<DeliveryOutcome>> Behavior { get; set; } =
        (m, _, _) => Task.FromResult(DeliveryOutcome.Delivered($"activity-{m.Id:N}"));

    public ConcurrentDictionary<Guid, int> Attempts { get; } = new();

    public ConcurrentDictionary<Guid, int> Delivered { get; } = new();

    /// <summary>Delivered message ids per conversation, in delivery order.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<Guid>> DeliveredByConversation { get; } = new();

    private int _concurrentSameConversation;

    public int ConcurrentSameConversation => _concurrentSameConversation;

    /// <summary>Attempts per lease owner (worker instance).</summary>
    public ConcurrentDictionary<string, int> AttemptsByOwner { get; } = new();

    public int TotalDelivered => Delivered.Values.Sum();

    /// <summary>Completes when an attempt starts; handy to know a worker has claimed something.</summary>
    public TaskCompletionSource FirstAttempt { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<DeliveryOutcome> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var attempt = Attempts.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
        AttemptsByOwner.AddOrUpdate(message.LeaseOwner ?? "", 1, (_, n) => n + 1);
        var key = message.Target.ConversationId ?? message.Target.UserAadObjectId ?? "";
        if (_inProgress.AddOrUpdate(key, 1, (_, n) => n + 1) > 1)
        {
            Interlocked.Increment(ref _concurrentSameConversation);
        }

        FirstAttempt.TrySetResult();
        try
        {
            var outcome = await Behavior(message, attempt, cancellationToken);
            if (outcome is DeliveredOutcome)
            {
                Delivered.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
                DeliveredByConversation.GetOrAdd(key, _ => new()).Enqueue(message.Id);
            }

            return outcome;
        }
        finally
        {
            _inProgress.AddOrUpdate(key, 0, (_, n) => n - 1);
        }
    }
}
