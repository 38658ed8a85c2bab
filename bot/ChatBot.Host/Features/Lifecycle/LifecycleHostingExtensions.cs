using ChatBot.Host.CorrectiveActions;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>Wires the lifecycle guide: dialog store, signed download links, the workbook endpoint.</summary>
public static class LifecycleHostingExtensions
{
    public static IHostApplicationBuilder AddLifecycle(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LifecycleOptions>().BindConfiguration(LifecycleOptions.Section)
            .Configure<IConfiguration>((o, config) => o.PublicBaseUrl = config["Bot:PublicBaseUrl"] is { Length: > 0 } url ? url : o.PublicBaseUrl)
            .Validate(o => o.DownloadLinkLifetime > TimeSpan.Zero && Uri.IsWellFormedUriString(o.PublicBaseUrl, UriKind.Absolute),
                "Lifecycle:DownloadLinkLifetime must be positive and Bot:PublicBaseUrl an absolute URL.")
            .ValidateOnStart();
        builder.AddCorrectiveActions(); // idempotent: several features need it
        builder.Services.AddSingleton<LifecycleDialogStore>();
        builder.Services.AddSingleton<LifecycleSettingsStore>();
        builder.Services.AddSingleton<DownloadLinkSigner>();
        return builder;
    }
}
