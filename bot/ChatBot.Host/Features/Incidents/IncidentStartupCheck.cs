using ChatBot.Domain.Incidents;
using ChatBot.Domain.Knowledge;
using ChatBot.Domain.Time;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Features.Incidents;

/// <summary>Loads the incident rules at start (invalid data stops it), stops it too when an answer states a deadline or
/// threshold other than the rules compute with, and warns when holidays.yaml ends too soon: a 確報 deadline counted
/// from today could fall past the list, and a holiday roll-forward would be missed. Compiles the leak-intent
/// expressions in the background, so that the first message does not wait for it.</summary>
internal sealed partial class IncidentStartupCheck(
    IncidentKnowledge knowledge, KnowledgeBase content, IOptions<IncidentOptions> options, TimeProvider time, ILogger<IncidentStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (KnowledgeConsistency.Check(content, knowledge.Rules) is { Count: > 0 } problems)
            throw new KnowledgeValidationException("knowledge", problems);
        _ = Task.Run(() => LeakIntent.Classify("warm up"), CancellationToken.None);
        var horizon = options.Value.CalendarHorizonDays;
        if (knowledge.Calendar.NeedsUpdate(time, horizon))
            CalendarNeedsUpdate(logger, knowledge.Calendar.CoveredUntil, JapanTime.Today(time).AddDays(horizon));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The holiday calendar (knowledge/incidents/holidays.yaml) ends on {CoveredUntil} and does not cover {Horizon}: update it so incident deadlines roll over holidays correctly.")]
    private static partial void CalendarNeedsUpdate(ILogger logger, DateOnly coveredUntil, DateOnly horizon);
}
