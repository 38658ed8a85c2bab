using System.Data.Common;
using ChatBot.Host.Audit;
using ChatBot.Host.CorrectiveActions;
using ChatBot.Host.Outbox;
using ChatBot.Host.Storage;
using ChatBot.Host.Storage.Migrations;
using ChatBot.Host.Tests.Outbox;
using ChatBot.Host.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Host.Tests.Timers;

/// <summary>
/// The shared pieces' real wiring (<c>AddAuditTrail</c>, <c>AddDurableTimers</c>, <c>AddCorrectiveActions</c>, which
/// brings the outbox) with a fake delivery and clock; several on one database stand for several instances.
/// </summary>
public sealed class SharedTestHost : IAsyncDisposable
{
    public const string OrganizationYaml = """
        name: { ja: テスト, en: Test }
        departments:
          - { id: hr, name: { ja: 人事部, en: HR }, escalation: [boss] }
          - { id: accounting, name: { ja: 経理部, en: Accounting }, escalation: [] }
        people:
          - { aadObjectId: hr-owner, name: Owner, department: hr, roles: [handler] }
          - { aadObjectId: hr-other, name: Other, department: hr, roles: [handler] }
          - { aadObjectId: hr-manager, name: HR Manager, department: hr, roles: [responsible_manager] }
          - { aadObjectId: acc-handler, name: Acc Handler, department: accounting, roles: [handler] }
          - { aadObjectId: acc-manager, name: Acc Manager, department: accounting, roles: [responsible_manager] }
          - { aadObjectId: boss, name: Boss, roles: [] }
          - { aadObjectId: officer, name: Officer, roles: [privacy_officer] }
        """;

    private readonly IHost _host;
    private readonly string _directory = Directory.CreateTempSubdirectory("chatbot-shared-").FullName;

    public SharedTestHost(
        StorageProvider provider, string connectionString, TimeProvider timeProvider, string instanceId = "test",
        Action<IServiceCollection>? services = null)
    {
        var organizationPath = Path.Combine(_directory, "organization.yaml");
        File.WriteAllText(organizationPath, OrganizationYaml);
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider.ToString(),
            ["Storage:ConnectionString"] = connectionString,
            ["Timers:InstanceId"] = instanceId,
            ["Timers:PollInterval"] = "00:00:00.050",
            ["Timers:LeaseDuration"] = "00:00:30",
            ["Timers:HandlerTimeout"] = "00:00:10",
            ["Timers:MaxAttempts"] = "3",
            ["Timers:RetryBaseDelay"] = "00:00:01",
            ["Timers:RetryMaxDelay"] = "00:00:04",
            ["Organization:Path"] = organizationPath,
            ["Proactive:TenantId"] = "tenant-1",
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton(timeProvider);
        builder.Services.AddSingleton<IOutboxDelivery>(new FakeDelivery());
        services?.Invoke(builder.Services);
        builder.AddAuditTrail();
        builder.AddDurableTimers();
        builder.AddCorrectiveActions();
        _host = builder.Build();
    }

    public IServiceProvider Services => _host.Services;

    public IAuditTrail Audit => Services.GetRequiredService<IAuditTrail>();

    public IDurableTimers Timers => Services.GetRequiredService<IDurableTimers>();

    public CorrectiveActionService CorrectiveActions => Services.GetRequiredService<CorrectiveActionService>();

    public CorrectiveActionStore CorrectiveActionStore => Services.GetRequiredService<CorrectiveActionStore>();

    internal TimerWorker Worker => Services.GetRequiredService<TimerWorker>();

    public Task MigrateAsync() => Services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);

    public Task<DbConnection> OpenAsync() => Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();

    public Task StartAsync() => _host.StartAsync();

    public async ValueTask DisposeAsync()
    {
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            try
            {
                await _host.StopAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
