using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Domain.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Loads and validates <paramref name="knowledgeRoot"/> and builds the search index now, once, and registers
    /// <see cref="KnowledgeBase"/>, <see cref="KnowledgeIndex"/> and <see cref="KnowledgeAnswerer"/> as singletons.
    /// </summary>
    /// <exception cref="KnowledgeValidationException">The content is invalid: the app must not start.</exception>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, string knowledgeRoot)
    {
        ArgumentNullException.ThrowIfNull(services);
        var knowledge = KnowledgeLoader.Load(knowledgeRoot);
        var index = KnowledgeIndex.Build(knowledge);
        services.AddSingleton(knowledge);
        services.AddSingleton(index);
        services.AddSingleton(new KnowledgeAnswerer(index));
        return services;
    }
}
