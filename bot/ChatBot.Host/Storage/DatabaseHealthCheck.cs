using System.Globalization;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Host.Storage;

/// <summary>
/// Readiness: the database answers. An instance that cannot reach it must not receive traffic. A database this start
/// created is reported as degraded (still ready: a first deployment must work) with when and where, until the next
/// restart, so an unexpected new database is seen by whoever watches the health endpoint.
/// </summary>
internal sealed class DatabaseHealthCheck(IDbConnectionFactory connections, DatabaseCreation creation) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database is not reachable.", e);
        }

        if (creation.CreatedAt is not { } createdAt) return HealthCheckResult.Healthy();
        var at = createdAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        return HealthCheckResult.Degraded(
            $"A new, empty database was created at {connections.Location} on this start ({at}). If this instance should have "
                + "found existing data, the database was deleted or replaced. Shown until the next restart.",
            data: new Dictionary<string, object> { ["createdAt"] = at, ["database"] = connections.Location });
    }
}
