using System.Data.Common;
using ChatBot.Domain.Inspections;
using ChatBot.Host.Infrastructure.Changes;
using Dapper;

namespace ChatBot.Host.Features.Inspections;

// The sheet as ChangeRunner reads and writes it: a change stores the sheet (version-guarded) and its decision row.
public sealed partial class InspectionStore : IVersionedStore<InspectionState, SheetChange>
{
    /// <summary>The runner's id of a sheet; campaign keys hold no colon (e.g. <c>FY2026-Q3</c>).</summary>
    public static string SheetId(string campaignKey, string handler) => $"{campaignKey}:{handler}";

    public async Task<InspectionState?> LoadAsync(string id, DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var split = id.IndexOf(':', StringComparison.Ordinal);
        var (campaignKey, handler) = (id[..split], id[(split + 1)..]);
        var campaign = (await connection.QuerySingleOrDefaultAsync<CampaignRow>(new CommandDefinition(
            $"SELECT {CampaignRow.Columns} FROM inspection_campaigns WHERE campaign_key = @Key", new { Key = campaignKey }, transaction, cancellationToken: ct)))?.ToRecord();
        if (campaign is null) return null;
        var sheet = (await connection.QuerySingleOrDefaultAsync<SheetRow>(new CommandDefinition(
            $"SELECT {SheetColumns} FROM inspection_sheets WHERE campaign_key = @CampaignKey AND handler_aad_object_id = @Handler",
            new { CampaignKey = campaignKey, Handler = handler }, transaction, cancellationToken: ct)))?.ToRecord();
        return sheet is null ? null : new InspectionState(campaign, sheet);
    }

    public int VersionOf(InspectionState state) => state.Sheet.Version;

    public string StreamOf(InspectionState state) => state.Sheet.AuditStream;

    public async Task<InspectionState?> PersistAsync(
        InspectionState current, SheetChange change, DateTimeOffset now, DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        if (!await UpdateSheetAsync(change.Sheet, current.Sheet.Version, connection, transaction, ct)) return null;
        await InsertDecisionAsync(change.Decision, connection, transaction, ct);
        return current with { Sheet = change.Sheet };
    }
}
