namespace ChatBot.Protocol.Routing;

/// <summary>
/// A feature's routes. Register with <c>AddBotProtocol().AddFeature&lt;T&gt;()</c>; <see cref="Map"/> runs once at
/// start-up (features are singletons; use <see cref="TurnContext.Services"/> for scoped services in handlers).
/// </summary>
public interface IBotFeature
{
    void Map(ActivityRouter router);
}
