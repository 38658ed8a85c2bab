namespace ChatBot.Host.Tests.Support;

/// <summary>
/// Tests that measure real time run after the parallel ones, alone: under a busy thread pool, work paced at even
/// intervals starts in clumps, which says nothing about the code under test.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "timing-sensitive";
}
