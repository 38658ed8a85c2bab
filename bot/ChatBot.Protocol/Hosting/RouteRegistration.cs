using ChatBot.Protocol.Routing;

namespace ChatBot.Protocol.Hosting;

/// <summary>An inline route registration from <see cref="BotProtocolBuilder.Map"/>, applied after the features.</summary>
internal sealed record RouteRegistration(Action<ActivityRouter> Map);
