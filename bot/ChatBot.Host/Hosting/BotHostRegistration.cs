using ChatBot.Host.CorrectiveActions;
using ChatBot.Host.Features.Admin;
using ChatBot.Host.Features.Conversation;
using ChatBot.Host.Features.CorrectiveActionList;
using ChatBot.Host.Features.InProgress;
using ChatBot.Host.Features.Incidents;
using ChatBot.Host.Features.Incidents.PpcDraft;
using ChatBot.Host.Features.Inspections;
using ChatBot.Host.Features.Knowledge;
using ChatBot.Host.Features.Lifecycle;
using ChatBot.Host.Organization;
using ChatBot.Host.Privacy;
using ChatBot.Host.Proactive;
using ChatBot.Host.Storage;
using ChatBot.Protocol.Hosting;

namespace ChatBot.Host.Hosting;

/// <summary>Wires the protocol to the domain: storage, outbox, organization, knowledge, and the bot's features.</summary>
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
        builder.AddStorage();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        builder.AddProactiveMessaging();
        builder.AddCorrectiveActions(); // with the audit trail and the durable timers it builds on
        builder.AddOrganization();
        builder.AddKnowledgeBase();
        builder.AddIncidents();
        builder.AddInspections();
        builder.Services.AddScoped<TurnPrivacy>();
        builder.Services.AddScoped<OpenWorkTurn>();
        builder.Services.AddSingleton<SplitNumberWindow>();
        builder.Services.AddHostedService<StartupChecks>();
        builder.AddLifecycle();

        // Route order matters for messages: the first matching route wins, so free text goes last.
        builder.AddBotProtocol()
            .AddFeature<TurnPipeline>()
            .AddFeature<ConversationFeature>()
            .AddFeature<OpenWorkFeature>() // typed 次へ/戻る/中止… before any command or free text; reminds of open work after a reply
            .AddFeature<OutboxAdminFeature>()
            .AddFeature<UnansweredQuestionsFeature>()
            .AddFeature<ContentReviewFeature>()
            .AddFeature<IncidentFeature>()
            .AddFeature<LifecycleFeature>()
            .AddFeature<InspectionFeature>()
            .AddFeature<CorrectiveActionFeature>()
            .AddFeature<LeakReportOfferFeature>() // after every command: a described leak gets the report form first
            .AddFeature<KnowledgeFeature>(); // last: the catch-all for free text
        return builder;
    }

    public static WebApplication MapBot(this WebApplication app)
    {
        app.MapBotEndpoint();
        app.MapAssessmentDownloads();
        app.MapInspectionFiles();
        app.MapPpcDraftDownloads();
        return app;
    }
}
