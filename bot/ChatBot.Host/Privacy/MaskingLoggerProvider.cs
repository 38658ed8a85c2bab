using ChatBot.Domain.Privacy;

namespace ChatBot.Host.Privacy;

/// <summary>
/// Second line of defence: masks anything that looks like a My Number in every log message and structured
/// log value, whatever the provider (console, OpenTelemetry). The first line is masking input on arrival.
/// </summary>
internal sealed class MaskingLoggerProvider(ILoggerProvider inner) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new MaskingLogger(inner.CreateLogger(categoryName));

    public void Dispose() => inner.Dispose();

    private sealed class MaskingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel)) return;
            var message = MyNumberGuard.Mask(formatter(state, exception)).Text;
            var values = state as IReadOnlyList<KeyValuePair<string, object?>>;
            var masked = new MaskedState(message, values?.Select(Mask).ToArray() ?? []);
            inner.Log(logLevel, eventId, masked, exception, static (s, _) => s.Message);
        }

        private static KeyValuePair<string, object?> Mask(KeyValuePair<string, object?> pair) =>
            pair.Value is string or null || pair.Value.GetType().IsPrimitive
                ? new(pair.Key, pair.Value is string s ? MyNumberGuard.Mask(s).Text : pair.Value)
                : new(pair.Key, MyNumberGuard.Mask(pair.Value.ToString()).Text);
    }

    private sealed class MaskedState(string message, KeyValuePair<string, object?>[] values) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message { get; } = message;
        public KeyValuePair<string, object?> this[int index] => values[index];
        public int Count => values.Length;
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)values).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => values.GetEnumerator();
        public override string ToString() => Message;
    }
}

internal static class MaskingLoggingBuilderExtensions
{
    /// <summary>Wraps every logger provider registered so far. Call after the providers are added.</summary>
    public static ILoggingBuilder MaskMyNumbers(this ILoggingBuilder logging)
    {
        var providers = logging.Services.Where(d => d.ServiceType == typeof(ILoggerProvider)).ToList();
        foreach (var descriptor in providers)
        {
            logging.Services.Remove(descriptor);
            logging.Services.Add(ServiceDescriptor.Describe(typeof(ILoggerProvider),
                sp => new MaskingLoggerProvider(Create(sp, descriptor)), descriptor.Lifetime));
        }
        return logging;
    }

    private static ILoggerProvider Create(IServiceProvider sp, ServiceDescriptor d) =>
        d.ImplementationInstance as ILoggerProvider
        ?? (ILoggerProvider?)d.ImplementationFactory?.Invoke(sp)
        ?? (ILoggerProvider)ActivatorUtilities.CreateInstance(sp, d.ImplementationType!);
}
