using ChatBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Protocol.Hosting;

/// <summary>Returned by <c>AddBotProtocol()</c>: where the host registers its features' routes.</summary>
public sealed class BotProtocolBuilder(IServiceCollection services)
{
    public IServiceCollection Services { get; } = services;

    /// <summary>Adds a feature (a singleton) whose <see cref="IBotFeature.Map"/> registers its routes at start-up.</summary>
    public BotProtocolBuilder AddFeature<TFeature>() where TFeature : class, IBotFeature
    {
        Services.AddSingleton<IBotFeature, TFeature>();
        return this;
    }

    /// <summary>Registers routes inline (small hosts, tests).</summary>
    public BotProtocolBuilder Map(Action<ActivityRouter> map)
    {
        Services.AddSingleton(new RouteRegistration(map));
        return this;
    }
}
