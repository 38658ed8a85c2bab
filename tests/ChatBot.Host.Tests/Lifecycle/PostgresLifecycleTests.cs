using ChatBot.Host.Tests.Support;

namespace ChatBot.Host.Tests.Lifecycle;

/// <summary>The guide on PostgreSQL: a walk to the report, a stale click, the managers' list and the workbook link.</summary>
#pragma warning disable CA1001 // disposed by xunit through IAsyncLifetime.DisposeAsync
public sealed class PostgresLifecycleTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private BotApplication? _app;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        if (PostgresDatabase.ServerConnectionString is null) return;
        _app = new BotApplication(settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = _database.ConnectionString,
        });
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [PostgresFact]
    public async Task Walk_StaleClick_ListAndDownload_WorkOnPostgres()
    {
        var driver = new LifecycleDriver(_app!, LifecycleDriver.Megan);
        var (report, given, steps) = await driver.WalkAsync("store", "store-paper", (_, i) => i % 2 == 0 ? "not_done" : "done");

        var stale = await driver.ClickAsync(steps[0], Features.Lifecycle.LifecycleVerbs.Next);
        Assert.Contains(Features.Lifecycle.LifecycleTexts.Get("Guide_AlreadyFinished", "ja-JP"), CardJson.Text(stale));

        var list = Assert.Single(await new LifecycleDriver(_app!).SayAsync("評価一覧"));
        Assert.Contains("鈴木 一郎", CardJson.Text(list));
        using var response = await _app!.CreateClient().GetAsync(new Uri(CardJson.OpenUrl(report)!).PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(given);
    }
}
