using ChatBot.Host.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Infrastructure.Durable;

/// <summary>The wiring every leased queue shares.</summary>
internal static class LeasedQueueRegistration
{
    /// <summary>
    /// Adds storage (if not yet added), the queue's signal, store and worker (run as a hosted service), and its options
    /// bound to <paramref name="section"/> with the shared checks; the caller adds its own checks and <c>ValidateOnStart</c>.
    /// </summary>
    /// <param name="timeoutName">The setting behind <see cref="LeasedQueueOptions.RunTimeout"/>, for the messages.</param>
    public static OptionsBuilder<TOptions> AddLeasedQueue<TOptions, TSignal, TStore, TWorker>(
        this IHostApplicationBuilder builder, string section, string timeoutName)
        where TOptions : LeasedQueueOptions
        where TSignal : WakeSignal
        where TStore : class
        where TWorker : LeasedQueueWorker
    {
        var services = builder.Services;
        if (!services.Any(d => d.ServiceType == typeof(IDbConnectionFactory)))
        {
            builder.AddStorage();
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TSignal>();
        services.TryAddSingleton<TStore>();
        services.TryAddSingleton<TWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<TWorker>());
        return services.AddOptions<TOptions>().BindConfiguration(section).ValidateLeasedQueue(section, timeoutName);
    }
}
