using System.Diagnostics.Metrics;

namespace ChatBot.Host.Outbox;

/// <summary>The <c>ChatBot.Outbox</c> meter: outcomes per kind (throttled apart from other retries) and delivery latency.</summary>
internal sealed class OutboxMetrics
{
    public const string MeterName = "ChatBot.Outbox";

    private readonly Counter<long> _sent;
    private readonly Counter<long> _retried;
    private readonly Counter<long> _throttled;
    private readonly Counter<long> _dead;
    private readonly Histogram<double> _latency;

    public OutboxMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _sent = meter.CreateCounter<long>("chatbot.outbox.sent", description: "Messages the connector accepted.");
        _retried = meter.CreateCounter<long>("chatbot.outbox.retried", description: "Attempts that failed transiently (not throttled) and were rescheduled.");
        _throttled = meter.CreateCounter<long>("chatbot.outbox.throttled", description: "Attempts the connector throttled (429); they do not use up an attempt.");
        _dead = meter.CreateCounter<long>("chatbot.outbox.dead", description: "Messages given up on.");
        _latency = meter.CreateHistogram<double>("chatbot.outbox.delivery.duration", unit: "s", description: "Duration of one delivery attempt.");
    }

    public void Sent(OutboxKind kind) => _sent.Add(1, Tag(kind));

    public void Retried(OutboxKind kind) => _retried.Add(1, Tag(kind));

    public void Throttled(OutboxKind kind) => _throttled.Add(1, Tag(kind));

    public void Dead(OutboxKind kind) => _dead.Add(1, Tag(kind));

    public void Latency(OutboxKind kind, TimeSpan elapsed) => _latency.Record(elapsed.TotalSeconds, Tag(kind));

    private static KeyValuePair<string, object?> Tag(OutboxKind kind) => new("kind", kind.ToDb());
}
