using System.Data.Common;
using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Host.Infrastructure.Changes;

namespace ChatBot.Host.Features.Incidents;

/// <summary>
/// The incident row as <see cref="ChangeRunner"/> reads and writes it, for the actors' changes and the escalation alike.
/// The stored outcome is classified from the record being written; the version is whatever the decision set.
/// </summary>
public sealed class IncidentRows(IncidentStore store, IncidentKnowledge knowledge) : IVersionedStore<IncidentRecord, IncidentRecord>
{
    public Task<IncidentRecord?> LoadAsync(string id, DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        store.GetAsync(id, connection, transaction, ct);

    public int VersionOf(IncidentRecord state) => state.Version;

    public string StreamOf(IncidentRecord state) => IncidentTimers.Stream(state.Reference);

    public async Task<IncidentRecord?> PersistAsync(
        IncidentRecord current, IncidentRecord change, DateTimeOffset now, DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        await store.UpdateAsync(change, current.Version, knowledge.Classify(change.Report).Outcome.ToString(), now, connection, transaction, ct)
            ? change
            : null;
}
