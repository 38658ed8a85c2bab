using ChatBot.Protocol.Auth;
using ChatBot.Protocol.Clients;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Organization;

public static class OrganizationRegistration
{
    /// <summary>The organization file (validated at start, reloaded on change) and, when configured, Microsoft Graph.</summary>
    public static IHostApplicationBuilder AddOrganization(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OrganizationOptions>().BindConfiguration(OrganizationOptions.Section);
        services.AddSingleton<OrganizationDirectory>();
        services.AddSingleton<OrganizationLookup>();
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section);
        if (builder.Configuration.GetValue<bool>($"{GraphOptions.Section}:Enabled"))
        {
            services.AddSingleton<IUserDirectory>(sp => GraphUserDirectory.Create(
                BotCredentials.Create(sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value)
                    ?? throw new InvalidOperationException("Graph:Enabled needs the bot's credentials (Bot:AppId and a secret, certificate or managed identity)."),
                sp.GetRequiredService<IOptions<GraphOptions>>(), sp.GetRequiredService<TimeProvider>()));
        }
        return builder;
    }
}
