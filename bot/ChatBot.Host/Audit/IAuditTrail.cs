using System.Data.Common;
using ChatBot.Domain.Audit;

namespace ChatBot.Host.Audit;

/// <summary>The append-only, hash-chained audit log every feature writes its state changes to.</summary>
public interface IAuditTrail
{
    /// <summary>Appends an event in a transaction of its own.</summary>
    /// <param name="details">An object or <see cref="System.Text.Json.Nodes.JsonNode"/> (null: <c>{}</c>); every string is masked by the My Number guard.</param>
    Task<AuditEvent> AppendAsync(string stream, string actor, string action, object? details, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends on the caller's transaction, so a feature's change and its event commit (or roll back) together.
    /// Holds the audit write lock until that transaction ends: append last, and commit soon after.
    /// On SQLite the transaction must be an immediate one (the default of <c>BeginTransaction</c>).
    /// </summary>
    Task<AuditEvent> AppendAsync(
        string stream, string actor, string action, object? details, DbConnection connection, DbTransaction transaction,
        CancellationToken cancellationToken = default);

    /// <summary>The stream's events in order.</summary>
    Task<IReadOnlyList<AuditEvent>> ReadStreamAsync(string stream, CancellationToken cancellationToken = default);

    /// <summary>Recomputes the whole chain; reports the first broken sequence number and why.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default);
}
