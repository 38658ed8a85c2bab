using ChatBot.Domain.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Domain.Tests.Knowledge;

public class KnowledgeServiceCollectionExtensionsTests
{
    [Fact]
    public void AddKnowledge_ValidFolder_RegistersSingletonInstances()
    {
        var services = new ServiceCollection();

        services.AddKnowledge(KnowledgePaths.ValidFixture);

        foreach (var type in new[] { typeof(KnowledgeBase), typeof(KnowledgeIndex), typeof(KnowledgeAnswerer) })
        {
            var descriptor = Assert.Single(services, d => d.ServiceType == type);
            Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
            Assert.NotNull(descriptor.ImplementationInstance);
        }
    }

    [Fact]
    public void AddKnowledge_InvalidFolder_ThrowsSoTheAppDoesNotStart()
    {
        var root = KnowledgePaths.InvalidFixture("unknown-source");
        try
        {
            Assert.Throws<KnowledgeValidationException>(() => new ServiceCollection().AddKnowledge(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
