using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Host.Organization;
using ChatBot.Host.Outbox;
using ChatBot.Host.Storage;
using ChatBot.Host.Timers;
using Dapper;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Features.Incidents;

/// <summary>
/// Keeps a level from being told before the level below it had its time: level N's acknowledgement window starts
/// when level N's messages were delivered, not when its timer ran. Before level N+1 is told, this looks at level N's
/// outbox rows (their dedupe keys name the level and the person): while one is still on its way, or the window since
/// the last delivery has not passed, the timer is deferred. A message that could not be delivered (dead, or never
/// queued because the person cannot be reached) does not hold escalation back: it moves on, and the caller records
/// and shows who was not reached.
/// </summary>
public sealed class IncidentEscalationGate(
    IDbConnectionFactory connections, IncidentStore store, IncidentKnowledge knowledge, OrganizationDirectory organization,
    IOptions<IncidentOptions> options, TimeProvider time)
{
    /// <summary>How often a level whose message is still on its way is looked at again.</summary>
    internal static readonly TimeSpan Recheck = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The people of the level below <paramref name="level"/> who were not reached (empty: all were, or there is no level
    /// below to wait for).
    /// </summary>
    /// <exception cref="TimerDeferredException">Not yet: the level below is still being told, or its window runs.</exception>
    public async Task<IReadOnlyList<string>> CheckAsync(string reference, int level, CancellationToken ct)
    {
        if (level < 2 || await store.GetAsync(reference, ct) is not { Status: IncidentStatus.Reported } incident) return [];
        var levels = IncidentRouting.LevelsFor(organization.Current, incident);
        if (levels.Count == 0) return [];
        var below = level - 1;
        var told = (below <= levels.Count ? levels[below - 1] : levels.SelectMany(l => l)).Select(p => p.AadObjectId).Distinct().ToList();
        if (told.Count == 0) return [];
        var prefix = IncidentTimers.EscalateKey(reference, below);
        var rows = await ReadAsync(told.Select(aad => $"{prefix}:{aad}").ToList(), ct);

        var now = time.GetUtcNow();
        if (rows.Any(r => r.Status is OutboxNames.Pending or OutboxNames.InFlight))
            throw new TimerDeferredException(now + Recheck, $"Level {below} is still being told; level {level} waits for it.");
        var delivered = rows.Where(r => r.Status == OutboxNames.Sent).Select(r => DbTime.FromDb(r.UpdatedAt)).ToList();
        if (delivered.Count > 0)
        {
            var windowEnds = delivered.Max() + options.Value.Escalation.DelayFor(knowledge.Classify(incident.Report).Outcome);
            if (now < windowEnds)
                throw new TimerDeferredException(windowEnds, $"Level {below} was told at {delivered.Max():O}; its time to acknowledge runs until {windowEnds:O}.");
        }

        var reached = rows.Where(r => r.Status == OutboxNames.Sent).Select(r => r.DedupeKey[(prefix.Length + 1)..]).ToHashSet(StringComparer.Ordinal);
        return told.Where(aad => !reached.Contains(aad)).ToList();
    }

    // Exact keys, so the unique index on dedupe_key finds them; a level is a handful of people.
    private async Task<IReadOnlyList<OutboxState>> ReadAsync(IReadOnlyList<string> dedupeKeys, CancellationToken ct)
    {
        var parameters = new DynamicParameters();
        for (var i = 0; i < dedupeKeys.Count; i++) parameters.Add($"K{i}", dedupeKeys[i]);
        var names = string.Join(", ", Enumerable.Range(0, dedupeKeys.Count).Select(i => $"@K{i}"));
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<OutboxState>(new CommandDefinition(
            $"SELECT dedupe_key AS DedupeKey, status AS Status, updated_at AS UpdatedAt FROM outbox WHERE dedupe_key IN ({names})",
            parameters, cancellationToken: ct));
        return rows.ToList();
    }

    private sealed class OutboxState
    {
        public string DedupeKey { get; set; } = "";
        public string Status { get; set; } = "";
        public long UpdatedAt { get; set; }
    }
}
