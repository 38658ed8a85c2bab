using ChatBot.Protocol.Auth;
using ChatBot.Protocol.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Protocol.Hosting;

/// <summary>Maps the Bot Framework messaging endpoint.</summary>
public static class BotEndpointExtensions
{
    /// <summary>
    /// POST receives activities; HEAD answers 200 (the Agents Playground probes with it); GET answers 405.
    /// Building the router here makes duplicate routes fail at start-up rather than at the first turn.
    /// </summary>
    public static IEndpointConventionBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        var services = endpoints.ServiceProvider;
        services.GetRequiredService<ActivityRouter>();
        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        if (options.IsAnonymousMode)
        {
            Log.AnonymousMode(services.GetRequiredService<ILoggerFactory>().CreateLogger<BotEndpoint>(), pattern);
        }

        var endpoint = services.GetRequiredService<BotEndpoint>();
        // AllowAnonymous: the endpoint validates Bot Framework tokens itself; a host-wide fallback policy must not block it.
        return endpoints.MapMethods(pattern, [HttpMethods.Post, HttpMethods.Head, HttpMethods.Get], endpoint.HandleAsync)
            .WithDisplayName("Bot messaging endpoint")
            .AllowAnonymous();
    }
}
