using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>The feature's small key/value settings. The first writer wins, so instances starting together agree on one value.</summary>
public sealed class LifecycleSettingsStore(IDbConnectionFactory connections, TimeProvider time)
{
    public async Task<string> GetOrCreateAsync(string key, Func<string> create, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO lifecycle_settings (key, value, created_at) VALUES (@key, @value, @now) ON CONFLICT (key) DO NOTHING",
            new { key, value = create(), now = DbTime.ToDb(time.GetUtcNow()) }, cancellationToken: ct));
        return await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT value FROM lifecycle_settings WHERE key = @key", new { key }, cancellationToken: ct))
            ?? throw new InvalidOperationException($"Setting {key} vanished.");
    }
}
