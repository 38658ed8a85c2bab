using ChatBot.Host.CorrectiveActions;
using ChatBot.Host.Files;
using ChatBot.Host.Timers;

namespace ChatBot.Host.Features.Inspections;

/// <summary>Wires quarterly self-inspections (section <c>Inspections</c>, migration 0020).</summary>
public static class InspectionHostingExtensions
{
    public static IHostApplicationBuilder AddInspections(this IHostApplicationBuilder builder)
    {
        builder.AddCorrectiveActions();
        builder.AddSignedLinks();
        var services = builder.Services;
        services.AddOptions<InspectionOptions>().BindConfiguration(InspectionOptions.Section)
            .Validate(o => o.OpenDay is >= 1 and <= 31, "Inspections:OpenDay must be 1..31.")
            .Validate(o => o.OpenHour is >= 0 and <= 23, "Inspections:OpenHour must be 0..23.")
            .Validate(o => o.ReminderEvery > TimeSpan.Zero, "Inspections:ReminderEvery must be positive.")
            .Validate(o => o.CorrectiveActionDueDays > 0, "Inspections:CorrectiveActionDueDays must be positive.")
            .Validate(o => o.FanOutPerSecond > 0, "Inspections:FanOutPerSecond must be positive.")
            .ValidateOnStart();
        services.AddSingleton<InspectionTemplateProvider>();
        services.AddSingleton<InspectionStore>();
        services.AddSingleton<InspectionViews>();
        services.AddSingleton<InspectionNotifier>();
        services.AddSingleton<InspectionCampaigns>();
        services.AddSingleton<InspectionWorkflow>();
        services.AddSingleton<InspectionSummaries>();
        services.AddSingleton<InspectionScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<InspectionScheduler>());
        services.AddTimerHandler<InspectionOpenTimerHandler>(InspectionNames.OpenTimerKind);
        services.AddTimerHandler<InspectionReminderTimerHandler>(InspectionNames.ReminderTimerKind);
        return builder;
    }
}
