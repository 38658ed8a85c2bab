using ChatBot.Host.Infrastructure.Durable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Host.Outbox;

/// <summary>Wires the durable outbox and its worker.</summary>
public static class OutboxHostingExtensions
{
    /// <summary>
    /// Adds <see cref="IOutbox"/>, <see cref="IOutboxAdmin"/> and the <see cref="OutboxWorker"/> (section
    /// <c>Outbox</c>). Calls <c>AddStorage</c> if needed. An <see cref="IOutboxDelivery"/> must be registered too.
    /// </summary>
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddLeasedQueue<OutboxOptions, OutboxSignal, OutboxStore, OutboxWorker>(OutboxOptions.SectionName, nameof(OutboxOptions.DeliveryTimeout))
            .Validate(o => o.MaxParallelism is > 0 and <= 256, "Outbox:MaxParallelism must be 1..256.")
            .Validate(o => o.MaxSendsPerSecond >= 0 && double.IsFinite(o.MaxSendsPerSecond), "Outbox:MaxSendsPerSecond must be 0 (unpaced) or positive.")
            .Validate(o => o.MaxThrottledFor > TimeSpan.Zero, "Outbox:MaxThrottledFor must be positive.")
            .ValidateOnStart();

        var services = builder.Services;
        services.AddMetrics();
        services.TryAddSingleton<OutboxRetryPolicy>();
        services.TryAddSingleton<OutboxMetrics>();
        services.TryAddSingleton<OutboxSendRate>();
        services.TryAddSingleton<IOutbox, DurableOutbox>();
        services.TryAddSingleton<IOutboxAdmin, OutboxAdmin>();
        return builder;
    }
}
