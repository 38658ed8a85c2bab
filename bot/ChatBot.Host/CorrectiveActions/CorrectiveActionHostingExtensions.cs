using ChatBot.Host.Audit;
using ChatBot.Host.Organization;
using ChatBot.Host.Outbox;
using ChatBot.Host.Proactive;
using ChatBot.Host.Timers;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Host.CorrectiveActions;

/// <summary>Wires corrective actions.</summary>
public static class CorrectiveActionHostingExtensions
{
    /// <summary>
    /// Adds <see cref="CorrectiveActionStore"/>, <see cref="CorrectiveActionService"/> and the reminder timer handler
    /// (section <c>CorrectiveActions</c>; tables <c>corrective_actions</c>, <c>corrective_action_counters</c>, migration 0004).
    /// Adds the audit trail and durable timers if needed. Needs the outbox (<c>AddOutbox</c>) and the organization
    /// directory, which <c>AddBotHost</c> registers.
    /// </summary>
    public static IHostApplicationBuilder AddCorrectiveActions(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(CorrectiveActionService)))
        {
            return builder;
        }

        builder.AddAuditTrail();
        builder.AddDurableTimers();
        if (!services.Any(d => d.ServiceType == typeof(IOutbox)))
        {
            builder.AddOutbox();
        }

        services.AddOptions<CorrectiveActionOptions>()
            .BindConfiguration(CorrectiveActionOptions.SectionName)
            .Validate(o => o.ReminderDaysBefore >= 0, "CorrectiveActions:ReminderDaysBefore must not be negative.")
            .Validate(o => o.OverdueReminderEveryDays > 0, "CorrectiveActions:OverdueReminderEveryDays must be positive.")
            .Validate(o => o.ReminderHourInJapan is >= 0 and < 24, "CorrectiveActions:ReminderHourInJapan must be 0..23.")
            .ValidateOnStart();
        services.AddOptions<OrganizationOptions>().BindConfiguration(OrganizationOptions.Section);
        services.AddOptions<ProactiveOptions>().BindConfiguration(ProactiveOptions.Section);
        services.TryAddSingleton<OrganizationDirectory>();
        services.TryAddSingleton<ProactiveMessenger>();
        services.TryAddSingleton<CardCopies>();
        services.TryAddSingleton<CorrectiveActionStore>();
        services.TryAddSingleton<CorrectiveActionService>();
        services.AddTimerHandler<CorrectiveActionReminderHandler>(CorrectiveActionNames.ReminderTimerKind);
        return builder;
    }
}
