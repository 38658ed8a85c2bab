using System.Data.Common;

namespace ChatBot.Host.Timers;

/// <summary>
/// Timers kept in the database: they survive restarts and fire once per key across all instances
/// (see <see cref="TimerWorker"/>). A key names one occurrence, e.g. <c>incident:INC-2026-0001:escalate:2</c>;
/// recurring work schedules its next occurrence under a new key from its handler.
/// </summary>
public interface IDurableTimers
{
    /// <summary>
    /// Creates the timer, or replaces the due time, kind and payload of a pending (or cancelled) one with this key.
    /// A timer that is running or has fired is left alone. Returns false in that case.
    /// </summary>
    Task<bool> ScheduleAsync(string key, string kind, DateTimeOffset dueAt, string payloadJson, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="ScheduleAsync(string, string, DateTimeOffset, string, CancellationToken)"/>
    /// <remarks>On the caller's transaction; call <see cref="Wake"/> after committing if it is due soon.</remarks>
    Task<bool> ScheduleAsync(
        string key, string kind, DateTimeOffset dueAt, string payloadJson, DbConnection connection, DbTransaction? transaction,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates the timer only if the key has never been used; true if this call created it. For start-up seeding:
    /// several instances starting together create one timer.
    /// </summary>
    Task<bool> ScheduleIfAbsentAsync(string key, string kind, DateTimeOffset dueAt, string payloadJson, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="ScheduleIfAbsentAsync(string, string, DateTimeOffset, string, CancellationToken)"/>
    Task<bool> ScheduleIfAbsentAsync(
        string key, string kind, DateTimeOffset dueAt, string payloadJson, DbConnection connection, DbTransaction? transaction,
        CancellationToken cancellationToken = default);

    /// <summary>Cancels a pending timer; false when there is none (unknown, running, already fired or cancelled).</summary>
    Task<bool> CancelAsync(string key, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="CancelAsync(string, CancellationToken)"/>
    Task<bool> CancelAsync(string key, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default);

    /// <summary>The timer's current state, or null.</summary>
    Task<DurableTimer?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Makes this instance's worker look for due timers now.</summary>
    void Wake();
}
