using ChatBot.Domain.Knowledge;
using ChatBot.Host.Features.Knowledge.Generation;
using ChatBot.Host.Timers;
using Microsoft.Extensions.AI;

namespace ChatBot.Host.Features.Knowledge;

public static class KnowledgeRegistration
{
    /// <summary>
    /// The knowledge base, loaded, validated and indexed now (invalid content stops the start), the question log and its
    /// daily purge (a durable timer), and the optional Azure OpenAI generator (nothing calls out unless <c>AzureOpenAI</c>
    /// is configured).
    /// </summary>
    public static IHostApplicationBuilder AddKnowledgeBase(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var knowledge = builder.Configuration.GetSection(KnowledgeOptions.Section).Get<KnowledgeOptions>() ?? new KnowledgeOptions();
        services.AddKnowledge(knowledge.Path);
        services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.Section)
            .Validate(o => o.AnswerLogRetention >= TimeSpan.FromDays(1),
                "Knowledge:AnswerLogRetention must be at least one day (e.g. 90.00:00:00): the purge runs daily.")
            .ValidateOnStart();
        services.AddSingleton<KnowledgeAnswerLog>();
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeAnswerLog>());
        services.AddSingleton<KnowledgeAnswerStore>();
        builder.AddDurableTimers();
        services.AddTimerHandler<AnswerLogPurgeHandler>(AnswerLogPurgeSchedule.Kind);
        services.AddHostedService<AnswerLogPurgeScheduler>();
        services.AddOptions<AzureOpenAIOptions>().BindConfiguration(AzureOpenAIOptions.Section);
        if (builder.Configuration.GetSection(AzureOpenAIOptions.Section).Get<AzureOpenAIOptions>() is { IsConfigured: true } ai)
        {
            services.AddSingleton<IChatClient>(new AzureOpenAIChatClient(ai));
            services.AddSingleton<GroundedAnswerGenerator>();
        }
        return builder;
    }
}
