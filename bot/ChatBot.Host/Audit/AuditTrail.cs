using System.Data.Common;
using ChatBot.Domain.Audit;
using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Audit;

/// <summary>
/// The audit trail over the <c>audit_events</c> table: one global hash chain, one writer at a time.
/// </summary>
/// <remarks>
/// Why one global chain rather than one per stream: a per-stream chain cannot notice that a whole stream
/// was deleted (nothing points at it), and would need a separately maintained head table, i.e. an UPDATE.
/// A single chain with contiguous sequence numbers detects edits, deletions anywhere but the tail, and
/// reordering with nothing but INSERTs. The price is that appends are serialized (PostgreSQL: a
/// transaction-scoped advisory lock; SQLite: <c>BEGIN IMMEDIATE</c>), which is fine at this bot's volume.
/// A truncated tail is only detected against a head recorded elsewhere (<see cref="AuditVerification.HeadHash"/>).
/// This class contains no UPDATE or DELETE statement for the table, by design.
/// </remarks>
internal sealed class AuditTrail(IDbConnectionFactory connections, TimeProvider timeProvider) : IAuditTrail
{
    // Distinct from the migration lock; spells "audit".
    private const string PostgresLockSql = "SELECT pg_advisory_xact_lock(6370597576449)";

    private const string Columns = """
        seq AS Sequence, stream AS Stream, actor AS Actor, occurred_at AS OccurredAt, action AS Action,
        details AS Details, previous_hash AS PreviousHash, hash AS Hash
        """;

    public async Task<AuditEvent> AppendAsync(
        string stream, string actor, string action, object? details, CancellationToken cancellationToken = default)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var appended = await AppendAsync(stream, actor, action, details, connection, transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return appended;
            }
        }
    }

    public async Task<AuditEvent> AppendAsync(
        string stream, string actor, string action, object? details, DbConnection connection, DbTransaction transaction,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        var detailsJson = AuditDetails.ToJson(details);

        await LockAsync(connections.Dialect, connection, transaction, cancellationToken).ConfigureAwait(false);

        // Under the lock (or SQLite's write lock, taken by BEGIN IMMEDIATE): nobody else can append now.
        var head = await connection.QuerySingleOrDefaultAsync<(long Seq, string Hash)?>(new CommandDefinition(
            "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1",
            transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var sequence = (head?.Seq ?? 0) + 1;
        var previousHash = head?.Hash ?? AuditHash.Genesis;
        // Stored at millisecond precision, hashed at the same.
        var occurredAt = DbTime.FromDb(DbTime.ToDb(timeProvider.GetUtcNow()));
        var hash = AuditHash.Compute(previousHash, sequence, stream, actor, occurredAt, action, detailsJson);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO audit_events (seq, stream, actor, occurred_at, action, details, previous_hash, hash)
            VALUES (@Sequence, @Stream, @Actor, @OccurredAt, @Action, @Details, @PreviousHash, @Hash)
            """,
            new
            {
                Sequence = sequence, Stream = stream, Actor = actor, OccurredAt = DbTime.ToDb(occurredAt),
                Action = action, Details = detailsJson, PreviousHash = previousHash, Hash = hash,
            },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new AuditEvent(sequence, stream, actor, occurredAt, action, detailsJson, previousHash, hash);
    }

    /// <summary>
    /// Takes the append lock for the rest of <paramref name="transaction"/> (PostgreSQL; on SQLite an immediate
    /// transaction already holds the write lock). Taking it again in the same transaction is fine.
    /// </summary>
    internal static async Task LockAsync(SqlDialect dialect, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (dialect.Provider == StorageProvider.Postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                PostgresLockSql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<AuditEvent>> ReadStreamAsync(string stream, CancellationToken cancellationToken = default)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<Row>(new CommandDefinition(
                $"SELECT {Columns} FROM audit_events WHERE stream = @Stream ORDER BY seq",
                new { Stream = stream },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => r.ToEvent()).ToList();
        }
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        const int PageSize = 1000;
        var chain = new AuditChain();
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            long after = long.MinValue;
            while (true)
            {
                var page = (await connection.QueryAsync<Row>(new CommandDefinition(
                    $"SELECT {Columns} FROM audit_events WHERE seq > @After ORDER BY seq LIMIT @Limit",
                    new { After = after, Limit = PageSize },
                    cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
                foreach (var row in page)
                {
                    if (chain.Next(row.ToEvent()) is { } problem)
                    {
                        return AuditVerification.Broken(chain.Count, problem);
                    }
                }

                if (page.Count < PageSize)
                {
                    return AuditVerification.Valid(chain.Count, chain.HeadHash, chain.Genesis);
                }

                after = page[^1].Sequence;
            }
        }
    }

    private sealed record Row(
        long Sequence, string Stream, string Actor, long OccurredAt, string Action, string Details, string PreviousHash, string Hash)
    {
        public AuditEvent ToEvent() => new(Sequence, Stream, Actor, DbTime.FromDb(OccurredAt), Action, Details, PreviousHash, Hash);
    }
}
