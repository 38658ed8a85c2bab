using Microsoft.Extensions.Hosting;

namespace ChatBot.Host.Storage.Migrations;

/// <summary>
/// Checks the database and runs the migrations (<see cref="DatabaseStartup"/>) in
/// <see cref="IHostedLifecycleService.StartingAsync"/>, i.e. before any hosted service (the outbox worker, the web
/// server) starts; a failure stops the host from starting.
/// </summary>
internal sealed class StorageMigrationService(DatabaseStartup startup) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => startup.PrepareAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
