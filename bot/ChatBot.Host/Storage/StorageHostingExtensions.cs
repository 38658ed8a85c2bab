using ChatBot.Host.Storage.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Storage;

/// <summary>Wires the database: options, connection factory, migrations at start, stores.</summary>
public static class StorageHostingExtensions
{
    /// <summary>
    /// Adds the <c>Storage</c> section's database, runs pending migrations before any hosted service
    /// starts, and registers <see cref="ConversationReferenceStore"/>.
    /// </summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Validate(
                o => o.Provider != StorageProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Storage:ConnectionString is required when Storage:Provider is Postgres.")
            .Validate(o => o.SqliteBusyTimeout > TimeSpan.Zero, "Storage:SqliteBusyTimeout must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDbConnectionFactory>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.Provider switch
            {
                StorageProvider.Postgres => new PostgresConnectionFactory(options),
                _ => new SqliteConnectionFactory(options, sp.GetRequiredService<IHostEnvironment>().ContentRootPath),
            };
        });
        services.TryAddSingleton<DatabaseCreation>();
        services.TryAddSingleton<SchemaMigrator>();
        services.TryAddSingleton<DatabaseStartup>();
        services.AddHostedService<StorageMigrationService>();
        services.TryAddSingleton<ConversationReferenceStore>();
        return builder;
    }
}
