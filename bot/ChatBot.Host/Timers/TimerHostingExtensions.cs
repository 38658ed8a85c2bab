using ChatBot.Host.Infrastructure.Durable;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Host.Timers;

/// <summary>Wires the durable timers and their worker.</summary>
public static class TimerHostingExtensions
{
    /// <summary>
    /// Adds <see cref="IDurableTimers"/> and the <see cref="TimerWorker"/> (section <c>Timers</c>, table
    /// <c>durable_timers</c>, migration 0003). Calls <c>AddStorage</c> if needed. Register handlers with
    /// <see cref="AddTimerHandler{THandler}"/>.
    /// </summary>
    public static IHostApplicationBuilder AddDurableTimers(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(TimerWorker)))
        {
            return builder;
        }

        builder.AddLeasedQueue<TimerOptions, TimerSignal, TimerStore, TimerWorker>(TimerOptions.SectionName, nameof(TimerOptions.HandlerTimeout))
            .Validate(o => o.BatchSize is > 0 and <= 256, "Timers:BatchSize must be 1..256.")
            .ValidateOnStart();
        services.TryAddSingleton<IDurableTimers, DurableTimers>();
        return builder;
    }

    /// <summary>Runs <typeparamref name="THandler"/> (scoped, one scope per run) for due timers of <paramref name="kind"/>.</summary>
    /// <exception cref="InvalidOperationException">A handler for the kind is already registered.</exception>
    public static IServiceCollection AddTimerHandler<THandler>(this IServiceCollection services, string kind)
        where THandler : class, ITimerHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (services.Any(d => d.ServiceType == typeof(ITimerHandler) && Equals(d.ServiceKey, kind)))
        {
            throw new InvalidOperationException($"A timer handler for kind '{kind}' is already registered.");
        }

        services.AddKeyedScoped<ITimerHandler, THandler>(kind);
        return services;
    }
}
