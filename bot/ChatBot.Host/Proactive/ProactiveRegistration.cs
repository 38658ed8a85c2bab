using ChatBot.Host.Features.Conversation;
using ChatBot.Host.Outbox;
using ChatBot.Protocol.Auth;
using ChatBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Proactive;

public static class ProactiveRegistration
{
    /// <summary>
    /// Conversation references, proactive sends through the durable outbox to the Bot Connector, and the outbox as the
    /// fallback of turns' replies.
    /// </summary>
    public static IHostApplicationBuilder AddProactiveMessaging(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddOutbox();
        services.AddOptions<ProactiveOptions>().BindConfiguration(ProactiveOptions.Section)
            .PostConfigure<IOptions<BotAuthenticationOptions>>((o, bot) => o.TenantId ??= bot.Value.TenantId);
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<ProactiveMessenger>();
        services.TryAddSingleton<CardCopies>();
        services.AddSingleton<IOutboxDelivery, ConnectorOutboxDelivery>();
        // A turn's reply the connector would not take in time is delivered later by the outbox instead of being lost.
        services.AddSingleton<IReplyFallback, OutboxReplyFallback>();
        return builder;
    }
}
