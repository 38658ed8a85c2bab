namespace ChatBot.Host.Audit;

/// <summary>
/// Writes the genesis event at start (<see cref="DatabaseGenesis"/>), after the storage's checks and migrations (which
/// are registered, and so run, before it) and before any feature can append to the trail.
/// </summary>
internal sealed class AuditGenesisService(DatabaseGenesis genesis) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => genesis.EnsureAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
