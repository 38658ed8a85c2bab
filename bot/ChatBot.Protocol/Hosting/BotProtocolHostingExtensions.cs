using ChatBot.Protocol.Auth;
using ChatBot.Protocol.Clients;
using ChatBot.Protocol.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Protocol.Hosting;

/// <summary>Registers the protocol: options, inbound auth, serviceUrl trust, outbound token and connector, router.</summary>
public static class BotProtocolHostingExtensions
{
    public static BotProtocolBuilder AddBotProtocol(this IHostApplicationBuilder builder) => builder.Services.AddBotProtocol();

    /// <summary>Same as the builder overload; options bind from the <see cref="IConfiguration"/> registered in DI.</summary>
    public static BotProtocolBuilder AddBotProtocol(this IServiceCollection services)
    {
        services.AddOptions<BotAuthenticationOptions>().BindConfiguration(BotAuthenticationOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.AddOptions<BotEndpointOptions>().BindConfiguration(BotEndpointOptions.SectionName)
            .Validate(o => o.MaxRequestBodyBytes > 0, "Bot:Endpoint:MaxRequestBodyBytes must be positive.").ValidateOnStart();
        services.AddOptions<TurnReplyOptions>().BindConfiguration(TurnReplyOptions.SectionName)
            .Validate(
                o => o.RetryBudget >= TimeSpan.Zero && o.RetryBudget <= TurnReplyOptions.MaxRetryBudget,
                "Bot:Replies:RetryBudget must be 0 to 10 seconds: Teams waits about 15 s for a turn's answer.")
            .Validate(o => o.MaxAttempts > 0, "Bot:Replies:MaxAttempts must be positive.")
            .Validate(o => o.RetryBaseDelay > TimeSpan.Zero, "Bot:Replies:RetryBaseDelay must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SigningKeyCache>();
        services.TryAddSingleton<IBotRequestAuthenticator, BotRequestAuthenticator>();
        services.TryAddSingleton<IServiceUrlTrust, ServiceUrlTrust>();
        services.TryAddSingleton<IBotTokenProvider, BotTokenProvider>();
        services.TryAddTransient<ConnectorAuthHandler>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<ReplyDelivery>();
        services.TryAddSingleton<BotEndpoint>();
        services.TryAddSingleton(CreateRouter);

        services.AddHttpClient(SigningKeyCache.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        // No resilience handler on purpose: the client retries only a 401; a turn's replies are retried within the turn's
        // budget (TurnReplies), and everything later is the host's durable outbox's job.
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30))
            .AddHttpMessageHandler<ConnectorAuthHandler>();

        return new BotProtocolBuilder(services);
    }

    private static ActivityRouter CreateRouter(IServiceProvider services)
    {
        var router = new ActivityRouter(services.GetRequiredService<ILogger<ActivityRouter>>());
        foreach (var feature in services.GetServices<IBotFeature>())
        {
            feature.Map(router);
        }

        foreach (var registration in services.GetServices<RouteRegistration>())
        {
            registration.Map(router);
        }

        router.Seal();
        return router;
    }
}
