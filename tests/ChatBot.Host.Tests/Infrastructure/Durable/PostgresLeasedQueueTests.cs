using ChatBot.Host.Storage;

namespace ChatBot.Host.Tests.Infrastructure.Durable;

public sealed class PostgresLeasedQueueTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public Task RenewAsync_HeldLease_KeepsOthersOutUntilTheNewEnd() =>
        LeasedQueueScenarios.RenewAsync_HeldLease_KeepsOthersOutUntilTheNewEnd(StorageProvider.Postgres, database.ConnectionString);

    [PostgresFact]
    public Task RenewAsync_NotTheHolder_ChangesNothing() =>
        LeasedQueueScenarios.RenewAsync_NotTheHolder_ChangesNothing(StorageProvider.Postgres, database.ConnectionString);
}
