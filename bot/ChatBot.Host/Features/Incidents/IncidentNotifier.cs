using ChatBot.Domain.Incidents;
using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Domain.Time;
using ChatBot.Host.Features.Incidents.Cards;
using ChatBot.Host.Features.Incidents.Resources;
using ChatBot.Host.Organization;
using ChatBot.Host.Proactive;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Incidents;

/// <summary>
/// Sends incident cards proactively (through <see cref="ProactiveMessenger"/>, i.e. the outbox), each built for its
/// recipient (their language, their rights) and deduplicated by a key naming the event, so a retried timer or request
/// never sends twice. Every card sent is a copy <see cref="CardCopies"/> keeps current: after a change, each
/// recipient's latest card is updated in place.
/// </summary>
public sealed class IncidentNotifier(
    ProactiveMessenger messenger, CardCopies copies, IncidentKnowledge knowledge, OrganizationDirectory organization, TimeProvider time)
{
    public static string CardKey(string reference) => $"incident:{reference}";

    /// <summary>A status change for the reporter (acknowledged, closed, reopened).</summary>
    public Task StatusToReporterAsync(IncidentRecord incident, string statusKey, CancellationToken ct) =>
        ToPersonAsync(incident.ReporterAad, incident, statusKey, $"incident:{incident.Reference}:status:v{incident.Version}", ct);

    /// <summary>The owner, or while nobody owns it every level told so far; the actor is left out.</summary>
    public async Task ToManagersAsync(IncidentRecord incident, string headlineKey, string actorAad, string eventKey, CancellationToken ct)
    {
        var classification = knowledge.Classify(incident.Report);
        foreach (var aad in Managers(incident).Where(a => !string.Equals(a, actorAad, StringComparison.OrdinalIgnoreCase)))
            await SendAsync(aad, incident, classification, headlineKey, $"incident:{incident.Reference}:{headlineKey}:{eventKey}", [], ct);
    }

    public Task<bool> ToPersonAsync(string aad, IncidentRecord incident, string headlineKey, string dedupePrefix, CancellationToken ct, params object?[] args) =>
        SendAsync(aad, incident, knowledge.Classify(incident.Report), headlineKey, dedupePrefix, args, ct);

    /// <summary>
    /// Puts the current state over every recipient's latest card but the actor's (their invoke response shows it).
    /// Someone who may no longer see the incident gets its details removed.
    /// </summary>
    public Task<int> RefreshCopiesAsync(IncidentRecord incident, string? actorAad, CancellationToken ct)
    {
        var classification = knowledge.Classify(incident.Report);
        return copies.UpdateAsync(CardKey(incident.Reference), $"v{incident.Version}", actorAad, async (aad, token) =>
        {
            var locale = (await messenger.RecipientAsync(aad, token)).Locale;
            if (!IncidentAccess.CanContribute(organization.Current, aad, incident))
                return MessageBuilder.Text(IncidentTexts.Format("Copy_Withdrawn", locale, incident.Reference)).WithLocale(locale).Build();
            return CardFor(aad, incident, classification, locale, IncidentTexts.Format("Headline_Updated", locale, incident.Reference,
                IncidentTexts.DateTime(time.GetUtcNow(), locale)));
        }, ct);
    }

    private async Task<bool> SendAsync(string aad, IncidentRecord incident, IncidentClassification classification, string headlineKey, string dedupePrefix,
        object?[] args, CancellationToken ct)
    {
        var to = await messenger.RecipientAsync(aad, ct);
        var activity = CardFor(aad, incident, classification, to.Locale, IncidentTexts.Format(headlineKey, to.Locale, [incident.Reference, .. args]));
        return await messenger.SendCardCopyAsync(to, activity, $"{dedupePrefix}:{aad}", CardKey(incident.Reference), ct);
    }

    private Activity CardFor(string aad, IncidentRecord incident, IncidentClassification classification, string? locale, string headline)
    {
        var org = organization.Current;
        var card = IncidentCard.Build(new IncidentCardModel(
            incident, classification, knowledge, org, locale,
            IncidentAccess.CanManage(org, aad, incident), IncidentAccess.IsReporter(aad, incident), JapanTime.Today(time), Headline: headline));
        return MessageBuilder.Card(card).WithLocale(locale).WithSummary(headline).Build();
    }

    private IEnumerable<string> Managers(IncidentRecord incident)
    {
        if (incident.OwnerAad is not null) return [incident.OwnerAad];
        var levels = IncidentRouting.LevelsFor(organization.Current, incident);
        return levels.Take(Math.Max(1, incident.EscalationLevel)).SelectMany(l => l).Select(p => p.AadObjectId).Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
