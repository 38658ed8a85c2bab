using System.Globalization;
using ChatBot.Domain.Audit;
using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Audit;

/// <summary>
/// Writes the audit trail's genesis event (<see cref="AuditGenesis"/>) once per database, and checks the trail from it.
/// Where the event is goes into <c>audit_genesis</c> in the same transaction, under the append lock, so instances
/// starting together write one, and a trail emptied later cannot quietly get a new one.
/// </summary>
internal sealed class DatabaseGenesis(
    IDbConnectionFactory connections, IAuditTrail audit, DatabaseCreation creation, TimeProvider time, ILogger<DatabaseGenesis> logger)
{
    /// <summary>Appends the genesis event unless this database has recorded one; true when this call wrote it.</summary>
    public async Task<bool> EnsureAsync(CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await AuditTrail.LockAsync(connections.Dialect, connection, transaction, cancellationToken).ConfigureAwait(false);
                if (await ReadMarkerAsync(connection, transaction, cancellationToken).ConfigureAwait(false) is not null) return false;

                var before = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT COUNT(*) FROM audit_events", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                var action = before == 0 ? AuditGenesis.Created : AuditGenesis.Adopted;
                var genesis = await audit.AppendAsync(AuditGenesis.Stream, AuditActors.System, action, new
                {
                    database = connections.Location,
                    provider = connections.Dialect.Provider.ToString(),
                    createdByThisStart = creation.CreatedAt is not null,
                    eventsBefore = before,
                }, connection, transaction, cancellationToken).ConfigureAwait(false);
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO audit_genesis (id, seq, hash, recorded_at) VALUES (1, @Sequence, @Hash, @At)",
                    new { genesis.Sequence, genesis.Hash, At = DbTime.ToDb(time.GetUtcNow()) },
                    transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                Log.AuditGenesisWritten(logger, action, genesis.Sequence, connections.Location);
                return true;
            }
        }
    }

    /// <summary>
    /// The admins' check (<c>監査検証</c>, <c>verify-audit</c>): the chain, and its genesis where the database recorded
    /// it. Valid only when both hold: a trail without its genesis was emptied or replaced, however valid what remains.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var result = await audit.VerifyAsync(cancellationToken).ConfigureAwait(false);
        if (!result.IsValid) return result;
        Marker? marker;
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            marker = await ReadMarkerAsync(connection, null, cancellationToken).ConfigureAwait(false);
        }

        if (result.Genesis is { } genesis && (marker is null || (marker.Seq == genesis.Sequence && marker.Hash == genesis.Hash))) return result;
        var problem = marker is null
            ? new AuditBreak(1, AuditBreakKind.MissingGenesis,
                "The audit trail has no genesis event: it was emptied, or the database was replaced by one this bot did not create.")
            : new AuditBreak(marker.Seq, AuditBreakKind.MissingGenesis, string.Create(CultureInfo.InvariantCulture,
                $"The genesis event (sequence {marker.Seq}, recorded {DbTime.FromDb(marker.RecordedAt):yyyy-MM-dd HH:mm:ss} UTC) is missing: the audit trail was emptied or cut off."));
        return AuditVerification.Broken(result.CheckedCount, problem);
    }

    private static Task<Marker?> ReadMarkerAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<Marker?>(new CommandDefinition(
            "SELECT seq AS Seq, hash AS Hash, recorded_at AS RecordedAt FROM audit_genesis WHERE id = 1", transaction: transaction, cancellationToken: ct));

    private sealed record Marker(long Seq, string Hash, long RecordedAt);
}
