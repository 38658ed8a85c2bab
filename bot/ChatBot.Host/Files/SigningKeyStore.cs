using System.Security.Cryptography;
using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Files;

/// <summary>
/// Generated signing keys in <c>signed_link_keys</c> (migration 0060). The first writer wins
/// (<c>INSERT … ON CONFLICT DO NOTHING</c>, then read back), so instances starting together agree on one key.
/// </summary>
public sealed class SigningKeyStore(IDbConnectionFactory connections, TimeProvider time)
{
    public async Task<byte[]> GetOrCreateAsync(string name, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO signed_link_keys (name, value, created_at) VALUES (@name, @value, @now) ON CONFLICT (name) DO NOTHING",
            new { name, value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), now = DbTime.ToDb(time.GetUtcNow()) },
            cancellationToken: ct));
        var stored = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT value FROM signed_link_keys WHERE name = @name", new { name }, cancellationToken: ct))
            ?? throw new InvalidOperationException($"Signing key {name} vanished.");
        return Convert.FromBase64String(stored);
    }
}
