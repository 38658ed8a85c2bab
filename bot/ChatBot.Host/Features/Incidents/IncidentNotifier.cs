using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Domain.Time;
using ChatBot.Host.Features.Incidents.Cards;
using ChatBot.Host.Features.Incidents.Resources;
using ChatBot.Host.Organization;
using ChatBot.Host.Proactive;
using ChatBot.Host.Storage;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Incidents;

/// <summary>
/// Sends incident cards proactively (through <see cref="ProactiveMessenger"/>, i.e. the outbox), each built for its
/// recipient (their language, their rights) and deduplicated by a key naming the event, so a retried timer or request
/// never sends twice.
/// </summary>
public sealed class IncidentNotifier(
    ProactiveMessenger messenger, ConversationReferenceStore references, IncidentKnowledge knowledge, OrganizationDirectory organization, TimeProvider time)
{
    /// <summary>A status change for the reporter (acknowledged, closed, reopened).</summary>
    public Task StatusToReporterAsync(IncidentRecord incident, string statusKey, CancellationToken ct) =>
        ToPersonAsync(incident.ReporterAad, incident, statusKey, $"incident:{incident.Reference}:status:v{incident.Version}", ct);

    /// <summary>The owner, or while nobody owns it every level told so far; the actor is left out.</summary>
    public async Task ToManagersAsync(IncidentRecord incident, string headlineKey, string actorAad, string eventKey, CancellationToken ct)
    {
        foreach (var aad in Managers(incident).Where(a => !string.Equals(a, actorAad, StringComparison.OrdinalIgnoreCase)))
            await ToPersonAsync(aad, incident, headlineKey, $"incident:{incident.Reference}:{headlineKey}:{eventKey}", ct);
    }

    public async Task<bool> ToPersonAsync(string aad, IncidentRecord incident, string headlineKey, string dedupePrefix, CancellationToken ct, params object?[] args)
    {
        var stored = await references.FindPersonalByAadObjectIdAsync(aad, ct);
        var locale = stored?.Locale;
        var org = organization.Current;
        var card = IncidentCard.Build(new IncidentCardModel(
            incident, knowledge.Classify(incident.Report), knowledge, org, locale,
            IncidentAccess.CanManage(org, aad, incident), IncidentAccess.IsReporter(aad, incident), JapanTime.Today(time),
            Headline: IncidentTexts.Format(headlineKey, locale, [incident.Reference, .. args])));
        var activity = MessageBuilder.Card(card).WithLocale(locale).Build();
        return await messenger.SendToUserAsync(aad, activity, $"{dedupePrefix}:{aad}", ct);
    }

    private IEnumerable<string> Managers(IncidentRecord incident)
    {
        if (incident.OwnerAad is not null) return [incident.OwnerAad];
        var levels = organization.Current.EscalationLevelsFor(incident.ReporterAad);
        return levels.Take(Math.Max(1, incident.EscalationLevel)).SelectMany(l => l).Select(p => p.AadObjectId).Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
