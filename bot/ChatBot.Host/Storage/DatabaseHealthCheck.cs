using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Host.Storage;

/// <summary>Readiness: the database answers. An instance that cannot reach it must not receive traffic.</summary>
internal sealed class DatabaseHealthCheck(IDbConnectionFactory connections) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database is not reachable.", e);
        }
    }
}
