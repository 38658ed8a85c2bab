namespace ChatBot.Host.Timers;

/// <summary>
/// Runs a due timer of one kind (<c>services.AddTimerHandler&lt;T&gt;("incident.escalate")</c>). Resolved in a
/// scope of its own per run. Throwing means "retry later" (with backoff, up to <see cref="TimerOptions.MaxAttempts"/>).
/// </summary>
/// <remarks>
/// A timer runs once per key under normal operation; it can run again only when its lease expires mid-run
/// (the instance died, or the handler outlived <see cref="TimerOptions.HandlerTimeout"/>). A handler whose effect
/// must not repeat makes it idempotent: check the state it changes (e.g. "already escalated to level 2") in the
/// same transaction as the change, and send messages with a dedupe key such as the timer's key.
/// </remarks>
public interface ITimerHandler
{
    Task HandleAsync(DurableTimer timer, CancellationToken cancellationToken);
}
