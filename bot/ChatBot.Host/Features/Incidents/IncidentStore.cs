using System.Data.Common;
using System.Globalization;
using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Features.Incidents;

/// <summary>
/// The <c>incidents</c> table. Every write runs on the caller's transaction, so the change, its audit event, its
/// timers and its outbox messages commit together. Updates are optimistic: they name the version they replace.
/// </summary>
public sealed class IncidentStore(IDbConnectionFactory connections)
{
    private const string Columns = """
        reference AS Reference, reporter_aad AS ReporterAad, reporter_name AS ReporterName, department_id AS DepartmentId, status AS Status, version AS Version,
        owner_aad AS OwnerAad, routed_via_aad AS RoutedViaAad, escalation_level AS EscalationLevel, report_json AS ReportJson, steps_json AS StepsJson,
        notes_json AS NotesJson, created_at AS CreatedAt, acknowledged_at AS AcknowledgedAt, closed_at AS ClosedAt
        """;

    public Task<DbConnection> OpenAsync(CancellationToken ct) => connections.OpenAsync(ct);

    /// <summary>The next number of the year, unique across instances (an atomic upsert on the counter row).</summary>
    public async Task<string> NextReferenceAsync(int year, DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var number = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO incident_counters (year, last_number) VALUES (@year, 1)
            ON CONFLICT (year) DO UPDATE SET last_number = incident_counters.last_number + 1
            RETURNING last_number
            """, new { year }, transaction, cancellationToken: ct));
        return IncidentReferenceNumber.Format(year, number);
    }

    public async Task InsertAsync(IncidentRecord incident, string outcome, DateTimeOffset now, DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO incidents (reference, reporter_aad, reporter_name, department_id, routed_via_aad, status, version, owner_aad, escalation_level, outcome,
                next_due, report_json, steps_json, notes_json, created_at, acknowledged_at, closed_at, updated_at)
            VALUES (@Reference, @ReporterAad, @ReporterName, @DepartmentId, @RoutedViaAad, @Status, @Version, @OwnerAad, @EscalationLevel, @Outcome,
                @NextDue, @ReportJson, @StepsJson, @NotesJson, @CreatedAt, @AcknowledgedAt, @ClosedAt, @UpdatedAt)
            """, Parameters(incident, outcome, now), transaction, cancellationToken: ct));

    /// <returns>False when someone else changed it first (the stored version is no longer <paramref name="expectedVersion"/>).</returns>
    public async Task<bool> UpdateAsync(IncidentRecord incident, int expectedVersion, string outcome, DateTimeOffset now, DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var p = new DynamicParameters(Parameters(incident, outcome, now));
        p.Add("Expected", expectedVersion);
        var rows = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE incidents SET status = @Status, version = @Version, owner_aad = @OwnerAad, escalation_level = @EscalationLevel,
                outcome = @Outcome, next_due = @NextDue, report_json = @ReportJson, steps_json = @StepsJson, notes_json = @NotesJson,
                acknowledged_at = @AcknowledgedAt, closed_at = @ClosedAt, updated_at = @UpdatedAt
            WHERE reference = @Reference AND version = @Expected
            """, p, transaction, cancellationToken: ct));
        return rows == 1;
    }

    public async Task<IncidentRecord?> GetAsync(string reference, DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM incidents WHERE reference = @reference", new { reference }, transaction, cancellationToken: ct));
        return row?.ToRecord();
    }

    public async Task<IncidentRecord?> GetAsync(string reference, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await GetAsync(reference, connection, null, ct);
    }

    /// <summary>Open incidents by next due date (none last), then oldest first; the caller filters by access.</summary>
    public async Task<IReadOnlyList<IncidentRecord>> ListOpenAsync(int limit, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM incidents WHERE status <> 'closed'
            ORDER BY CASE WHEN next_due IS NULL THEN 1 ELSE 0 END, next_due, created_at LIMIT @limit
            """, new { limit }, cancellationToken: ct));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    private static object Parameters(IncidentRecord i, string outcome, DateTimeOffset now) => new
    {
        i.Reference,
        i.ReporterAad,
        i.ReporterName,
        i.DepartmentId,
        i.RoutedViaAad,
        Status = StatusName(i.Status),
        i.Version,
        i.OwnerAad,
        i.EscalationLevel,
        Outcome = outcome,
        NextDue = i.IsOpen ? i.NextDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        ReportJson = IncidentJson.Write(i.Report),
        StepsJson = IncidentJson.Write(i.Steps),
        NotesJson = IncidentJson.Write(i.Notes),
        CreatedAt = DbTime.ToDb(i.CreatedAt),
        AcknowledgedAt = i.AcknowledgedAt is { } a ? DbTime.ToDb(a) : (long?)null,
        ClosedAt = i.ClosedAt is { } c ? DbTime.ToDb(c) : (long?)null,
        UpdatedAt = DbTime.ToDb(now),
    };

    private static string StatusName(IncidentStatus status) => status.ToString().ToLowerInvariant();

    private sealed class Row
    {
        public string Reference { get; set; } = "";
        public string ReporterAad { get; set; } = "";
        public string? ReporterName { get; set; }
        public string? DepartmentId { get; set; }
        public string? RoutedViaAad { get; set; }
        public string Status { get; set; } = "";
        public long Version { get; set; }
        public string? OwnerAad { get; set; }
        public long EscalationLevel { get; set; }
        public string ReportJson { get; set; } = "";
        public string StepsJson { get; set; } = "";
        public string NotesJson { get; set; } = "";
        public long CreatedAt { get; set; }
        public long? AcknowledgedAt { get; set; }
        public long? ClosedAt { get; set; }

        public IncidentRecord ToRecord() => StoredRow.Read("incidents", Reference, () => new IncidentRecord
        {
            Reference = Reference,
            ReporterAad = ReporterAad,
            ReporterName = ReporterName,
            DepartmentId = DepartmentId,
            RoutedViaAad = RoutedViaAad,
            Status = Enum.Parse<IncidentStatus>(Status, ignoreCase: true),
            Version = (int)Version,
            OwnerAad = OwnerAad,
            EscalationLevel = (int)EscalationLevel,
            Report = IncidentJson.Read<IncidentReport>(ReportJson),
            Steps = IncidentJson.Read<List<IncidentStep>>(StepsJson),
            Notes = IncidentJson.Read<List<IncidentNote>>(NotesJson),
            CreatedAt = DbTime.FromDb(CreatedAt),
            AcknowledgedAt = DbTime.FromDb(AcknowledgedAt),
            ClosedAt = DbTime.FromDb(ClosedAt),
        });
    }
}
