using Microsoft.Extensions.Options;

namespace ChatBot.Host.Infrastructure.Durable;

/// <summary>The checks every leased queue's settings get at start.</summary>
internal static class LeasedQueueOptionsValidation
{
    /// <param name="section">The configuration section, for the messages.</param>
    /// <param name="timeoutName">The name of the setting behind <see cref="LeasedQueueOptions.RunTimeout"/>.</param>
    public static OptionsBuilder<TOptions> ValidateLeasedQueue<TOptions>(this OptionsBuilder<TOptions> builder, string section, string timeoutName)
        where TOptions : LeasedQueueOptions => builder
        .Validate(o => !string.IsNullOrWhiteSpace(o.InstanceId), $"{section}:InstanceId must not be empty.")
        .Validate(o => o.MaxAttempts > 0, $"{section}:MaxAttempts must be positive.")
        .Validate(o => o.PollInterval > TimeSpan.Zero, $"{section}:PollInterval must be positive.")
        .Validate(o => o.RetryBaseDelay > TimeSpan.Zero && o.RetryMaxDelay >= o.RetryBaseDelay, $"{section}:RetryBaseDelay must be positive and not above RetryMaxDelay.")
        .Validate(
            o => o.RunTimeout > TimeSpan.Zero && o.RunTimeout < o.LeaseDuration,
            $"{section}:{timeoutName} must be positive and shorter than {section}:LeaseDuration.");
}
