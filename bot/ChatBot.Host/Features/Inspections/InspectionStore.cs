using System.Data.Common;
using System.Text.Json;
using ChatBot.Domain.Inspections;
using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Features.Inspections;

/// <summary>The inspection tables (migration 0020). No rules here: <see cref="InspectionWorkflow"/> decides.</summary>
public sealed partial class InspectionStore(IDbConnectionFactory connections)
{
    private const string SheetColumns = """
        campaign_key AS CampaignKey, handler_aad_object_id AS HandlerAadObjectId, department_id AS DepartmentId,
        status AS Status, answers_json AS AnswersJson, return_comment AS ReturnComment, version AS Version,
        submitted_at AS SubmittedAt, decided_by AS DecidedBy, decided_at AS DecidedAt, updated_at AS UpdatedAt
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<DbConnection> OpenAsync(CancellationToken ct) => connections.OpenAsync(ct);

    /// <summary>Creates the campaign; false when the key exists (another instance, a restart, or a manual start was first).</summary>
    public async Task<bool> TryCreateCampaignAsync(InspectionCampaign campaign, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO inspection_campaigns (campaign_key, template_id, template_hash, template_json, opened_by, opened_at)
            VALUES (@Key, @TemplateId, @Hash, @Json, @OpenedBy, @OpenedAt)
            ON CONFLICT (campaign_key) DO NOTHING
            """,
            new
            {
                campaign.Key, TemplateId = campaign.Template.Id, Hash = campaign.TemplateHash, Json = campaign.Template.ToJson(),
                campaign.OpenedBy, OpenedAt = DbTime.ToDb(campaign.OpenedAt),
            }, cancellationToken: ct)) == 1;
    }

    public async Task<InspectionCampaign?> GetCampaignAsync(string key, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        return (await connection.QuerySingleOrDefaultAsync<CampaignRow>(new CommandDefinition(
            $"SELECT {CampaignRow.Columns} FROM inspection_campaigns WHERE campaign_key = @Key", new { Key = key }, cancellationToken: ct)))?.ToRecord();
    }

    /// <summary>The most recently opened campaign, if any.</summary>
    public async Task<InspectionCampaign?> GetLatestCampaignAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        return (await connection.QueryFirstOrDefaultAsync<CampaignRow>(new CommandDefinition(
            $"SELECT {CampaignRow.Columns} FROM inspection_campaigns ORDER BY campaign_key DESC LIMIT 1", cancellationToken: ct)))?.ToRecord();
    }

    /// <summary>Creates an open sheet unless the handler has one in this campaign; true when created.</summary>
    public static async Task<bool> EnsureSheetAsync(string campaignKey, string handler, string? departmentId, DateTimeOffset now,
        DbConnection connection, DbTransaction? transaction, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO inspection_sheets (campaign_key, handler_aad_object_id, department_id, status, answers_json, version, created_at, updated_at)
            VALUES (@CampaignKey, @Handler, @DepartmentId, 'open', '{}', 1, @Now, @Now)
            ON CONFLICT (campaign_key, handler_aad_object_id) DO NOTHING
            """,
            new { CampaignKey = campaignKey, Handler = handler, DepartmentId = departmentId, Now = DbTime.ToDb(now) },
            transaction, cancellationToken: ct)) == 1;

    public async Task<InspectionSheet?> GetSheetAsync(string campaignKey, string handler, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        return (await connection.QuerySingleOrDefaultAsync<SheetRow>(new CommandDefinition(
            $"SELECT {SheetColumns} FROM inspection_sheets WHERE campaign_key = @CampaignKey AND handler_aad_object_id = @Handler",
            new { CampaignKey = campaignKey, Handler = handler }, cancellationToken: ct)))?.ToRecord();
    }

    public async Task<IReadOnlyList<InspectionSheet>> ListSheetsAsync(string campaignKey, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<SheetRow>(new CommandDefinition(
            $"SELECT {SheetColumns} FROM inspection_sheets WHERE campaign_key = @CampaignKey ORDER BY department_id, handler_aad_object_id",
            new { CampaignKey = campaignKey }, cancellationToken: ct));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    /// <summary>Writes the sheet if it is still at <paramref name="expectedVersion"/>; false when someone else changed it first.</summary>
    public static async Task<bool> UpdateSheetAsync(InspectionSheet sheet, int expectedVersion, DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE inspection_sheets SET status = @Status, answers_json = @AnswersJson, return_comment = @ReturnComment,
                version = @Version, submitted_at = @SubmittedAt, decided_by = @DecidedBy, decided_at = @DecidedAt, updated_at = @UpdatedAt
            WHERE campaign_key = @CampaignKey AND handler_aad_object_id = @Handler AND version = @Expected
            """,
            new
            {
                Status = sheet.Status.ToDb(), AnswersJson = SerializeAnswers(sheet.Answers), sheet.ReturnComment, sheet.Version,
                SubmittedAt = sheet.SubmittedAt is { } s ? DbTime.ToDb(s) : (long?)null, sheet.DecidedBy,
                DecidedAt = sheet.DecidedAt is { } d ? DbTime.ToDb(d) : (long?)null, UpdatedAt = DbTime.ToDb(sheet.UpdatedAt),
                sheet.CampaignKey, Handler = sheet.HandlerAadObjectId, Expected = expectedVersion,
            }, transaction, cancellationToken: ct)) == 1;

    public static Task InsertDecisionAsync(InspectionDecision decision, DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO inspection_decisions (id, campaign_key, handler_aad_object_id, action, actor, comment, sheet_version, at)
            VALUES (@Id, @CampaignKey, @HandlerAadObjectId, @Action, @Actor, @Comment, @SheetVersion, @At)
            """,
            new
            {
                Id = Guid.NewGuid().ToString(), decision.CampaignKey, decision.HandlerAadObjectId, decision.Action, decision.Actor,
                decision.Comment, decision.SheetVersion, At = DbTime.ToDb(decision.At),
            }, transaction, cancellationToken: ct));

    public async Task<IReadOnlyList<InspectionDecision>> ListDecisionsAsync(string campaignKey, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<DecisionRow>(new CommandDefinition(
            """
            SELECT campaign_key AS CampaignKey, handler_aad_object_id AS HandlerAadObjectId, action AS Action, actor AS Actor,
                comment AS Comment, sheet_version AS SheetVersion, at AS At
            FROM inspection_decisions WHERE campaign_key = @CampaignKey ORDER BY at, id
            """, new { CampaignKey = campaignKey }, cancellationToken: ct));
        return rows.Select(r => new InspectionDecision(r.CampaignKey, r.HandlerAadObjectId, r.Action, r.Actor, r.Comment, (int)r.SheetVersion, DbTime.FromDb(r.At))).ToList();
    }

    internal static string SerializeAnswers(IReadOnlyDictionary<string, InspectionItemAnswer> answers) =>
        JsonSerializer.Serialize(answers.ToDictionary(a => a.Key, a => new StoredAnswer(a.Value.Answer?.ToDb(), a.Value.Remarks)), Json);

    internal static IReadOnlyDictionary<string, InspectionItemAnswer> DeserializeAnswers(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, StoredAnswer>>(json, Json) ?? [])
        .ToDictionary(a => a.Key, a => new InspectionItemAnswer(InspectionAnswerNames.Parse(a.Value.Answer), a.Value.Remarks ?? ""));

    private sealed record StoredAnswer(string? Answer, string? Remarks);
}
