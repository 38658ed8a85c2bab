using System.Data.Common;
using System.Globalization;
using ChatBot.Domain.CorrectiveActions;
using ChatBot.Domain.Time;
using ChatBot.Host.Infrastructure.Changes;
using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.CorrectiveActions;

/// <summary>
/// The <c>corrective_actions</c> table. No rules and no audit here: <see cref="CorrectiveActionService"/> decides who
/// may do what, and status changes run through <see cref="ChangeRunner"/>, which audits them (stream <c>action:{id}</c>).
/// </summary>
public sealed class CorrectiveActionStore(IDbConnectionFactory connections, TimeProvider timeProvider)
    : IVersionedStore<CorrectiveAction, CorrectiveAction>
{
    private const string Columns = """
        id AS Id, origin AS Origin, origin_reference AS OriginReference, title AS Title,
        owner_aad_object_id AS OwnerAadObjectId, department_id AS DepartmentId, due_date AS DueDate, status AS Status,
        closing_note AS ClosingNote, created_by AS CreatedBy, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        """;

    private static readonly string OpenStatuses =
        $"'{CorrectiveActionStatus.Open.ToDb()}', '{CorrectiveActionStatus.InProgress.ToDb()}'";

    /// <summary>
    /// Creates the action, or returns the existing one for the same origin and reference (Created false; nothing
    /// written). <paramref name="inTransaction"/> runs on the creating transaction (reminders, then the audit event).
    /// </summary>
    public async Task<(CorrectiveAction Action, bool Created)> CreateAsync(
        NewCorrectiveAction draft, string actor,
        Func<CorrectiveAction, DbConnection, DbTransaction, CancellationToken, Task> inTransaction,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.OriginReference);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.OwnerAadObjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.DepartmentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var existing = await FindByOriginAsync(connection, null, draft, cancellationToken).ConfigureAwait(false);
            if (existing is not null) return (existing, false);

            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var now = DbTime.FromDb(DbTime.ToDb(timeProvider.GetUtcNow()));
                var year = JapanTime.DateOf(now).Year;
                var number = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    """
                    INSERT INTO corrective_action_counters (year, last_number) VALUES (@Year, 1)
                    ON CONFLICT (year) DO UPDATE SET last_number = corrective_action_counters.last_number + 1
                    RETURNING last_number
                    """,
                    new { Year = year }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                var action = new CorrectiveAction(
                    string.Create(CultureInfo.InvariantCulture, $"CA-{year}-{number:0000}"), draft.Origin, draft.OriginReference.Trim(),
                    CorrectiveActionRules.CleanText(draft.Title), draft.OwnerAadObjectId, draft.DepartmentId, draft.DueDate,
                    CorrectiveActionStatus.Open, null, actor, now, now, 1);
                var inserted = await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO corrective_actions (id, origin, origin_reference, title, owner_aad_object_id, department_id,
                        due_date, status, closing_note, created_by, created_at, updated_at, version)
                    VALUES (@Id, @Origin, @OriginReference, @Title, @OwnerAadObjectId, @DepartmentId,
                        @DueDate, @Status, NULL, @CreatedBy, @Now, @Now, 1)
                    ON CONFLICT (origin, origin_reference) DO NOTHING
                    """,
                    new
                    {
                        action.Id, Origin = action.Origin.ToDb(), action.OriginReference, action.Title, action.OwnerAadObjectId,
                        action.DepartmentId, DueDate = ToDb(action.DueDate), Status = action.Status.ToDb(), action.CreatedBy,
                        Now = DbTime.ToDb(now),
                    },
                    transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (inserted == 0)
                {
                    // Created concurrently by another request: give back its action, keep the counter untouched.
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    var winner = await FindByOriginAsync(connection, null, draft, cancellationToken).ConfigureAwait(false);
                    return (winner ?? throw new InvalidOperationException($"Corrective action for {draft.OriginReference} vanished."), false);
                }

                await inTransaction(action, connection, transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return (action, true);
            }
        }
    }

    public Task<CorrectiveAction?> LoadAsync(string id, DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        SingleAsync(connection, transaction, "id = @Id", new { Id = id }, ct);

    public int VersionOf(CorrectiveAction state) => state.Version;

    public string StreamOf(CorrectiveAction state) => state.AuditStream;

    /// <summary>Writes the decided status and note if the row is still at <paramref name="current"/>'s version.</summary>
    public async Task<CorrectiveAction?> PersistAsync(
        CorrectiveAction current, CorrectiveAction change, DateTimeOffset now, DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(change);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"""
            UPDATE corrective_actions SET status = @Status, closing_note = @Note, updated_at = @Now, version = @Version
            WHERE id = @Id AND version = @ExpectedVersion
            RETURNING {Columns}
            """,
            new { current.Id, ExpectedVersion = current.Version, Status = change.Status.ToDb(), Note = change.ClosingNote, Now = DbTime.ToDb(now), change.Version },
            transaction, cancellationToken: ct)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    public Task<CorrectiveAction?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        SingleAsync("id = @Id", new { Id = id }, cancellationToken);

    public Task<IReadOnlyList<CorrectiveAction>> ListByDepartmentAsync(string departmentId, CancellationToken cancellationToken = default) =>
        ListAsync("department_id = @DepartmentId", new { DepartmentId = departmentId }, cancellationToken);

    public Task<IReadOnlyList<CorrectiveAction>> ListByOwnerAsync(string ownerAadObjectId, CancellationToken cancellationToken = default) =>
        ListAsync("owner_aad_object_id = @Owner", new { Owner = ownerAadObjectId }, cancellationToken);

    /// <summary>Actions from one origin whose reference starts with <paramref name="referencePrefix"/> (e.g. <c>FY2026-Q3:</c>).</summary>
    public Task<IReadOnlyList<CorrectiveAction>> ListByOriginAsync(
        CorrectiveActionOrigin origin, string referencePrefix, CancellationToken cancellationToken = default) =>
        ListAsync(
            "origin = @Origin AND substr(origin_reference, 1, @Length) = @Prefix",
            new { Origin = origin.ToDb(), Prefix = referencePrefix, Length = referencePrefix.Length },
            cancellationToken);

    /// <summary>Open and in-progress actions, optionally of one department.</summary>
    public Task<IReadOnlyList<CorrectiveAction>> ListOpenAsync(string? departmentId = null, CancellationToken cancellationToken = default) =>
        ListAsync($"status IN ({OpenStatuses}) AND (@DepartmentId IS NULL OR department_id = @DepartmentId)",
            new { DepartmentId = departmentId }, cancellationToken);

    /// <summary>Not closed and due before today in Japan.</summary>
    public Task<IReadOnlyList<CorrectiveAction>> ListOverdueAsync(string? departmentId = null, CancellationToken cancellationToken = default) =>
        ListAsync($"status IN ({OpenStatuses}) AND due_date < @Today AND (@DepartmentId IS NULL OR department_id = @DepartmentId)",
            new { Today = ToDb(JapanTime.Today(timeProvider)), DepartmentId = departmentId }, cancellationToken);

    private static string ToDb(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<CorrectiveAction?> FindByOriginAsync(
        DbConnection connection, DbTransaction? transaction, NewCorrectiveAction draft, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM corrective_actions WHERE origin = @Origin AND origin_reference = @Reference",
            new { Origin = draft.Origin.ToDb(), Reference = draft.OriginReference.Trim() },
            transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    private async Task<CorrectiveAction?> SingleAsync(string where, object parameters, CancellationToken cancellationToken) =>
        (await ListAsync(where, parameters, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    private static async Task<CorrectiveAction?> SingleAsync(
        DbConnection connection, DbTransaction transaction, string where, object parameters, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM corrective_actions WHERE {where}", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    private async Task<IReadOnlyList<CorrectiveAction>> ListAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<Row>(new CommandDefinition(
                $"SELECT {Columns} FROM corrective_actions WHERE {where} ORDER BY due_date, id", parameters,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => r.ToRecord()).ToList();
        }
    }

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string Origin { get; set; } = "";
        public string OriginReference { get; set; } = "";
        public string Title { get; set; } = "";
        public string OwnerAadObjectId { get; set; } = "";
        public string DepartmentId { get; set; } = "";
        public string DueDate { get; set; } = "";
        public string Status { get; set; } = "";
        public string? ClosingNote { get; set; }
        public string CreatedBy { get; set; } = "";
        public long CreatedAt { get; set; }
        public long UpdatedAt { get; set; }
        public long Version { get; set; }

        public CorrectiveAction ToRecord() => StoredRow.Read("corrective_actions", Id, () => new CorrectiveAction(
            Id, CorrectiveActionNames.ParseOrigin(Origin), OriginReference, Title, OwnerAadObjectId, DepartmentId,
            DateOnly.ParseExact(DueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), CorrectiveActionNames.ParseStatus(Status),
            ClosingNote, CreatedBy, DbTime.FromDb(CreatedAt), DbTime.FromDb(UpdatedAt), (int)Version));
    }
}
