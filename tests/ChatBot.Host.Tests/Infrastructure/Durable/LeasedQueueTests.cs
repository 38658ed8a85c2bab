using ChatBot.Host.Storage;
using ChatBot.Host.Tests.Storage;

namespace ChatBot.Host.Tests.Infrastructure.Durable;

public sealed class LeasedQueueTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public Task RenewAsync_HeldLease_KeepsOthersOutUntilTheNewEnd() =>
        LeasedQueueScenarios.RenewAsync_HeldLease_KeepsOthersOutUntilTheNewEnd(StorageProvider.Sqlite, _database.ConnectionString);

    [Fact]
    public Task RenewAsync_NotTheHolder_ChangesNothing() =>
        LeasedQueueScenarios.RenewAsync_NotTheHolder_ChangesNothing(StorageProvider.Sqlite, _database.ConnectionString);
}
