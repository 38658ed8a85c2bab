using ChatBot.Host.Features.Knowledge;
using ChatBot.Host.Files;
using ChatBot.Host.Timers;

namespace ChatBot.Host.Features.Incidents;

/// <summary>Wires the incident feature's services (the route feature is added in <c>BotHostRegistration</c>).</summary>
public static class IncidentHostingExtensions
{
    /// <summary>Loads knowledge/incidents/ now (invalid rules stop the start) and registers the store, service,
    /// notifier, the signed links of the report draft and the <c>incident.escalate</c> / <c>incident.reminder</c> timer handlers.</summary>
    public static IHostApplicationBuilder AddIncidents(this IHostApplicationBuilder builder)
    {
        builder.AddSignedLinks();
        var services = builder.Services;
        var knowledgePath = builder.Configuration.GetSection(KnowledgeOptions.Section).Get<KnowledgeOptions>()?.Path ?? new KnowledgeOptions().Path;
        services.AddSingleton(_ => IncidentKnowledge.Load(knowledgePath));
        services.AddOptions<IncidentOptions>().BindConfiguration(IncidentOptions.Section)
            .Validate(o => o.Escalation.MandatoryReport > TimeSpan.Zero && o.Escalation.Default > TimeSpan.Zero, "Incidents:Escalation times must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IncidentStore>();
        services.AddSingleton<IncidentNotifier>();
        services.AddSingleton<IncidentRows>();
        services.AddScoped<IncidentService>();
        services.AddScoped<TurnLeakIntent>();
        services.AddTimerHandler<IncidentEscalationHandler>(IncidentTimers.EscalateKind);
        services.AddTimerHandler<IncidentReminderHandler>(IncidentTimers.ReminderKind);
        services.AddHostedService<IncidentStartupCheck>();
        return builder;
    }
}
