using ChatBot.Domain.Knowledge;
using ChatBot.Host.Features.Inspections;
using ChatBot.Host.Features.Knowledge;
using ChatBot.Host.Features.Knowledge.Generation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using ChatBot.Protocol.Clients;
using ChatBot.Protocol.Routing;
using ChatBot.Host.Features.Conversation;
using ChatBot.Host.Organization;
using ChatBot.Host.Outbox;
using ChatBot.Host.Privacy;
using ChatBot.Host.Proactive;
using ChatBot.Host.Storage;
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
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        services.AddOptions<OrganizationOptions>().BindConfiguration(OrganizationOptions.Section);
        services.AddSingleton<OrganizationDirectory>();
        services.AddSingleton<OrganizationLookup>();
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section);
        if (builder.Configuration.GetValue<bool>($"{GraphOptions.Section}:Enabled"))
            services.AddSingleton<IUserDirectory>(sp => GraphUserDirectory.Create(
                BotCredentials.Create(sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value)
                    ?? throw new InvalidOperationException("Graph:Enabled needs the bot's credentials (Bot:AppId and a secret, certificate or managed identity)."),
                sp.GetRequiredService<IOptions<GraphOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddOptions<ProactiveOptions>().BindConfiguration(ProactiveOptions.Section)
            .PostConfigure<IOptions<BotAuthenticationOptions>>((o, bot) => o.TenantId ??= bot.Value.TenantId);

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
        services.AddOptions<AzureOpenAIOptions>().BindConfiguration(AzureOpenAIOptions.Section);
        if (builder.Configuration.GetSection(AzureOpenAIOptions.Section).Get<AzureOpenAIOptions>() is { IsConfigured: true } ai)
        {
            services.AddSingleton<IChatClient>(new AzureOpenAIChatClient(ai));
            services.AddSingleton<GroundedAnswerGenerator>();
        }

        builder.AddInspections();

        builder.AddBotProtocol()
            .AddFeature<TurnPipeline>()
            .AddFeature<ConversationFeature>()
            .AddFeature<Features.Admin.OutboxAdminFeature>()
            .AddFeature<InspectionFeature>()
            .AddFeature<KnowledgeFeature>(); // last: the catch-all for free text
        services.AddSingleton<IBotCommandSource>(sp => sp.GetServices<IBotFeature>().OfType<ConversationFeature>().Single());
        services.AddSingleton<IBotCommandSource>(sp => sp.GetServices<IBotFeature>().OfType<InspectionFeature>().Single());
        services.AddSingleton<IBotCommandSource>(sp => sp.GetServices<IBotFeature>().OfType<KnowledgeFeature>().Single());
        return builder;
    }

    public static WebApplication MapBot(this WebApplication app)
    {
        app.MapBotEndpoint();
        app.MapInspectionFiles();
        return app;
    }
}
