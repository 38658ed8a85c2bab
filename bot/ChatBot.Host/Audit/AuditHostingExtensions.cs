using ChatBot.Host.Infrastructure.Changes;
using ChatBot.Host.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Host.Audit;

/// <summary>Wires the audit trail.</summary>
public static class AuditHostingExtensions
{
    /// <summary>
    /// Adds <see cref="IAuditTrail"/> (table <c>audit_events</c>, migration 0002) and the genesis event written at start
    /// (table <c>audit_genesis</c>, migration 0090), and the <see cref="ChangeRunner"/> that appends every versioned change. Calls <c>AddStorage</c> if needed.
    /// </summary>
    public static IHostApplicationBuilder AddAuditTrail(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Services.Any(d => d.ServiceType == typeof(IDbConnectionFactory)))
        {
            builder.AddStorage();
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IAuditTrail, AuditTrail>();
        // Every versioned change is audited, so the runner comes with the trail.
        builder.Services.TryAddSingleton<ChangeRunner>();
        if (!builder.Services.Any(d => d.ServiceType == typeof(DatabaseGenesis)))
        {
            builder.Services.AddSingleton<DatabaseGenesis>();
            builder.Services.AddHostedService<AuditGenesisService>();
        }

        return builder;
    }
}
