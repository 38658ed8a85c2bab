using ChatBot.Host.CorrectiveActions;
using ChatBot.Host.Files;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>Wires the lifecycle guide: dialog store, signed download links, the workbook endpoint.</summary>
public static class LifecycleHostingExtensions
{
    public static IHostApplicationBuilder AddLifecycle(this IHostApplicationBuilder builder)
    {
        builder.AddCorrectiveActions(); // idempotent: several features need it
        builder.AddSignedLinks();
        builder.Services.AddSingleton<LifecycleDialogStore>();
        return builder;
    }
}
