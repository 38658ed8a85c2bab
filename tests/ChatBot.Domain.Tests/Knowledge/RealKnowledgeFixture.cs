using ChatBot.Domain.Knowledge;

namespace ChatBot.Domain.Tests.Knowledge;

/// <summary>The real knowledge folder loaded and indexed once for the tests that use it.</summary>
public sealed class RealKnowledgeFixture : IDisposable
{
    public RealKnowledgeFixture()
    {
        Knowledge = KnowledgeLoader.Load(KnowledgePaths.KnowledgeRoot);
        Index = KnowledgeIndex.Build(Knowledge);
        Answerer = new KnowledgeAnswerer(Index);
    }

    public KnowledgeBase Knowledge { get; }

    public KnowledgeIndex Index { get; }

    public KnowledgeAnswerer Answerer { get; }

    public void Dispose() => Index.Dispose();
}

[CollectionDefinition(Name)]
public sealed class RealKnowledgeGroup : ICollectionFixture<RealKnowledgeFixture>
{
    public const string Name = "real knowledge";
}
