using ChatBot.Domain.Knowledge;
using ChatBot.Host.Features.Incidents;
using ChatBot.Host.Features.Knowledge;
using ChatBot.Protocol.Routing;
using ChatBot.Host.Features.Conversation;
using ChatBot.Host.Organization;
using ChatBot.Host.Audit;
using ChatBot.Host.Outbox;
using ChatBot.Host.Privacy;
using ChatBot.Host.Proactive;
using ChatBot.Host.Storage;
using ChatBot.Host.Timers;
using ChatBot.Protocol.Auth;
using ChatBot.Protocol.Hosting;

namespace ChatBot.Host.Hosting;

/// <summary>Wires the protocol to the domain: storage, outbox, organization, and the bot's features.</summary>
public static class BotHostRegistration
{
    /// <summary>http://localhost:3978 (the Bot Framework convention) unless --urls or ASPNETCORE_URLS say otherwise.</summary>
    public static WebApplicationBuilder UseBotFrameworkPortByDefault(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://localhost:3978");
        return builder;
    }

    public static IHostApplicationBuilder AddBotHost(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddStorage();
        builder.AddOutbox();

        services.AddOptions<OrganizationOptions>().BindConfiguration(OrganizationOptions.Section);
        services.AddSingleton<OrganizationDirectory>();
        services.AddOptions<ProactiveOptions>().BindConfiguration(ProactiveOptions.Section)
            .PostConfigure<Microsoft.Extensions.Options.IOptions<BotAuthenticationOptions>>((o, bot) => o.TenantId ??= bot.Value.TenantId);

        services.AddSingleton<BotIdentity>();
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<IOutboxDelivery, ConnectorOutboxDelivery>();
        services.AddScoped<TurnPrivacy>();
        services.AddHostedService<StartupChecks>();

        // The knowledge base is loaded, validated and indexed now: invalid content stops the start.
        var knowledge = builder.Configuration.GetSection(KnowledgeOptions.Section).Get<KnowledgeOptions>() ?? new KnowledgeOptions();
        services.AddKnowledge(knowledge.Path);
        services.AddSingleton<KnowledgeAnswerStore>();
        builder.AddAuditTrail();
        builder.AddDurableTimers();
        builder.AddIncidents();

        builder.AddBotProtocol()
            .AddFeature<TurnPipeline>()
            .AddFeature<ConversationFeature>()
            .AddFeature<Features.Admin.OutboxAdminFeature>()
            .AddFeature<IncidentFeature>()
            .AddFeature<KnowledgeFeature>(); // last: the catch-all for free text
        services.AddSingleton<IBotCommandSource>(sp => sp.GetServices<IBotFeature>().OfType<ConversationFeature>().Single());
        services.AddSingleton<IBotCommandSource>(sp => sp.GetServices<IBotFeature>().OfType<IncidentFeature>().Single());
        services.AddSingleton<IBotCommandSource>(sp => sp.GetServices<IBotFeature>().OfType<KnowledgeFeature>().Single());
        return builder;
    }

    public static WebApplication MapBot(this WebApplication app)
    {
        app.MapBotEndpoint();
        return app;
    }
}
