using System.Data.Common;
using ChatBot.Host.Outbox;
using ChatBot.Host.Storage;
using ChatBot.Host.Storage.Migrations;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Host.Tests.Outbox;

/// <summary>
/// The real wiring (<c>AddStorage</c> + <c>AddOutbox</c>) with a fake delivery and clock. Several
/// of these on one database stand for several host instances.
/// </summary>
public sealed class OutboxTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    public OutboxTestHost(
        StorageProvider provider, string connectionString, FakeDelivery delivery, TimeProvider timeProvider,
        IDictionary<string, string?>? settings = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider.ToString(),
            ["Storage:ConnectionString"] = connectionString,
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Outbox:LeaseDuration"] = "00:00:30",
            ["Outbox:DeliveryTimeout"] = "00:00:10",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddLogging();
        builder.Services.AddSingleton(timeProvider);
        builder.Services.AddSingleton<IOutboxDelivery>(delivery);
        builder.AddOutbox();
        _host = builder.Build();
        Delivery = delivery;
    }

    public FakeDelivery Delivery { get; }

    public IServiceProvider Services => _host.Services;

    public IOutbox Outbox => Services.GetRequiredService<IOutbox>();

    public IOutboxAdmin Admin => Services.GetRequiredService<IOutboxAdmin>();

    internal OutboxWorker Worker => Services.GetRequiredService<OutboxWorker>();

    internal Task<IReadOnlyList<int>> MigrateAsync() =>
        Services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);

    /// <summary>Starts the host: migrations, then the worker loop.</summary>
    public Task StartAsync() => _host.StartAsync();

    /// <summary>A graceful stop with the given time budget.</summary>
    public Task StopAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        return _host.StopAsync(cts.Token);
    }

    public async Task<OutboxMessage> GetAsync(Guid id)
    {
        var connection = await OpenAsync();
        await using (connection)
        {
            var row = await connection.QuerySingleAsync<OutboxRow>(
                $"SELECT {OutboxRow.Columns} FROM outbox WHERE id = @Id", new { Id = id.ToString() });
            return row.ToMessage();
        }
    }

    public Task<DbConnection> OpenAsync() => Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }
}
