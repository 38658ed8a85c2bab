using System.Collections.Concurrent;
using System.Text.Json;
using ChatBot.Domain.Inspections;
using ChatBot.Domain.Organization;
using ChatBot.Domain.Time;
using ChatBot.Host.Audit;
using ChatBot.Host.Features.Inspections.Resources;
using ChatBot.Host.Organization;
using ChatBot.Host.Proactive;
using ChatBot.Host.Storage;
using ChatBot.Host.Timers;
using ChatBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// Opens a quarter's campaign exactly once (the unique campaign key decides between instances, restarts and a
/// manual start) and fans the checklist card out to every handler through the outbox. The fan-out is idempotent
/// (one sheet per handler, the card's dedupe key <c>inspection:{campaign}:{aad}</c>), so it is simply run again
/// after a crash, and for handlers who install the bot or first talk to it later in the quarter.
/// </summary>
public sealed class InspectionCampaigns(
    InspectionStore store,
    InspectionTemplateProvider templates,
    InspectionViews views,
    OrganizationDirectory organization,
    ProactiveMessenger messenger,
    ConversationReferenceStore references,
    IAuditTrail audit,
    IDurableTimers timers,
    IOptions<InspectionOptions> options,
    TimeProvider time)
{
    // (campaign, handler) pairs this process already ensured: late-joiner checks cost nothing after the first turn.
    private readonly ConcurrentDictionary<(string, string), bool> _ensured = new();

    public InspectionCalendar Calendar => new(options.Value.OpenDay, options.Value.OpenHour);

    /// <summary>Opens the quarter's campaign if nobody did yet, then (re)runs the fan-out.</summary>
    public async Task<(InspectionCampaign Campaign, bool Created, int Sent)> OpenAsync(FiscalQuarter quarter, string actor, CancellationToken ct)
    {
        var key = InspectionCalendar.KeyOf(quarter);
        var template = templates.Current;
        var candidate = new InspectionCampaign(key, template, template.ComputeHash(), actor, time.GetUtcNow());
        var created = await store.TryCreateCampaignAsync(candidate, ct);
        var campaign = created ? candidate : await store.GetCampaignAsync(key, ct) ?? candidate;
        if (created)
            await audit.AppendAsync(InspectionNames.CampaignStream(key), actor, "campaign.opened",
                new { campaign = key, templateId = template.Id, templateHash = campaign.TemplateHash, items = template.Items.Count }, ct);

        var sent = await FanOutAsync(campaign, ct);
        await timers.ScheduleIfAbsentAsync(InspectionNames.ReminderTimerKey(key, 1), InspectionNames.ReminderTimerKind,
            time.GetUtcNow() + options.Value.ReminderEvery, JsonSerializer.Serialize(new ReminderPayload(key, 1)), ct);
        return (campaign, created, sent);
    }

    /// <summary>Makes sure every handler in the organization file has a sheet and a card; returns how many were reachable.</summary>
    public async Task<int> FanOutAsync(InspectionCampaign campaign, CancellationToken ct)
    {
        var handlers = organization.Current.WithRole(OrganizationRole.Handler).OrderBy(p => p.AadObjectId, StringComparer.Ordinal).ToList();
        // Bulk first (sheets in batched transactions, references in one query), then one outbox row per handler.
        foreach (var batch in handlers.Chunk(500))
        {
            await using var connection = await store.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            foreach (var handler in batch)
                await InspectionStore.EnsureSheetAsync(campaign.Key, handler.AadObjectId, handler.DepartmentId, time.GetUtcNow(), connection, transaction, ct);
            await transaction.CommitAsync(ct);
        }

        var sheets = (await store.ListSheetsAsync(campaign.Key, ct)).ToDictionary(s => s.HandlerAadObjectId, StringComparer.OrdinalIgnoreCase);
        var known = await references.ListPersonalAsync(ct);
        var teamsIds = known.ToDictionary(k => k.Key, k => k.Value.UserId, StringComparer.OrdinalIgnoreCase);
        var sent = 0;
        var start = time.GetUtcNow();
        var spacing = TimeSpan.FromSeconds(1.0 / Math.Max(1, options.Value.FanOutPerSecond));
        foreach (var handler in handlers)
        {
            if (!sheets.TryGetValue(handler.AadObjectId, out var sheet)) continue;
            var to = new ProactiveRecipient(handler.AadObjectId, known.GetValueOrDefault(handler.AadObjectId));
            if (views.For(campaign, sheet, handler.AadObjectId, to.Locale, teamsIds) is { } view && await SendCardAsync(campaign, view, to, ct, start + spacing * sent)) sent++;
        }
        return sent;
    }

    /// <summary>
    /// For a handler heard from now (install, first message): if the current quarter's campaign is open and they have
    /// no sheet yet, create it and send the card.
    /// </summary>
    public async Task EnsureLateHandlerAsync(string? aad, CancellationToken ct)
    {
        if (organization.Current.FindPerson(aad) is not { } person || !person.Has(OrganizationRole.Handler)) return;
        var current = InspectionCalendar.KeyOf(FiscalQuarter.Current(time));
        if (_ensured.ContainsKey((current, person.AadObjectId))) return;
        if (await store.GetCampaignAsync(current, ct) is not { } campaign) return;
        await EnsureHandlerAsync(campaign, person, ct);
    }

    private async Task<bool> EnsureHandlerAsync(InspectionCampaign campaign, Person handler, CancellationToken ct)
    {
        await using (var connection = await store.OpenAsync(ct))
            await InspectionStore.EnsureSheetAsync(campaign.Key, handler.AadObjectId, handler.DepartmentId, time.GetUtcNow(), connection, null, ct);
        var sheet = await store.GetSheetAsync(campaign.Key, handler.AadObjectId, ct);
        if (sheet is null) return false;
        var to = await messenger.RecipientAsync(handler.AadObjectId, ct);
        return await views.ForAsync(campaign, sheet, handler.AadObjectId, to.Locale, ct) is { } view && await SendCardAsync(campaign, view, to, ct);
    }

    private async Task<bool> SendCardAsync(InspectionCampaign campaign, InspectionSheetView view, ProactiveRecipient to, CancellationToken ct, DateTimeOffset? notBefore = null)
    {
        var activity = MessageBuilder.Card(InspectionSheetCard.Build(view)).WithLocale(view.Locale)
            .WithSummary(InspectionsTexts.Format("Card_Summary", view.Locale, campaign.Key)).Build();
        var reachable = await messenger.SendAsync(to, activity, InspectionNames.CardDedupeKey(campaign.Key, to.AadObjectId), notBefore, ct);
        if (reachable) _ensured[(campaign.Key, to.AadObjectId)] = true;
        return reachable;
    }
}

internal sealed record ReminderPayload(string Campaign, int Round);

internal sealed record OpenPayload(string Campaign);
