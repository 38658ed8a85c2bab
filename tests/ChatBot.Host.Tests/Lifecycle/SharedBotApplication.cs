using ChatBot.Host.Tests.Support;

namespace ChatBot.Host.Tests.Lifecycle;

/// <summary>One <see cref="BotApplication"/> for a whole test class (xunit fixtures need a parameterless constructor).</summary>
public sealed class SharedBotApplication : IAsyncLifetime
{
    public BotApplication App { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => App.DisposeAsync().AsTask();
}
