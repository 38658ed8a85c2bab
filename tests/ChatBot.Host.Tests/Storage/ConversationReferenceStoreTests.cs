using ChatBot.Host.Storage;
using ChatBot.Host.Storage.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Storage;

#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime
public sealed class ConversationReferenceStoreTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly IHost _host;

    public ConversationReferenceStoreTests() =>
        _host = StorageTestServices.Build(StorageProvider.Sqlite, _database.ConnectionString, _time);

    private ConversationReferenceStore Store => _host.Services.GetRequiredService<ConversationReferenceStore>();

    public async Task InitializeAsync() => await _host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(default);

    public Task DisposeAsync()
    {
        _host.Dispose();
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task UpsertAsync_SameUserAndConversation_UpdatesInPlace()
    {
        await Store.UpsertAsync(Personal("u1", "a:1", "https://smba.trafficmanager.net/amer/", "Taro"));
        _time.Advance(TimeSpan.FromMinutes(1));
        await Store.UpsertAsync(Personal("u1", "a:1", "https://smba.trafficmanager.net/apac/", "Taro Yamada"));

        var found = await Store.FindPersonalByAadObjectIdAsync("u1");

        Assert.NotNull(found);
        Assert.Equal("https://smba.trafficmanager.net/apac/", found.ServiceUrl);
        Assert.Equal("Taro Yamada", found.UserName);
        Assert.Equal(Start, found.CreatedAt);
        Assert.Equal(Start.AddMinutes(1), found.UpdatedAt);
        Assert.Equal(["https://smba.trafficmanager.net/apac/"], await Store.ListServiceUrlsAsync());
    }

    [Fact]
    public async Task FindPersonalByAadObjectIdAsync_OnlyGroupConversations_ReturnsNull()
    {
        await Store.UpsertAsync(Personal("u1", "19:x@thread.v2", "https://s/", "Taro") with { ConversationType = "groupChat" });

        Assert.Null(await Store.FindPersonalByAadObjectIdAsync("u1"));
        Assert.Null(await Store.FindPersonalByAadObjectIdAsync("nobody"));
    }

    [Fact]
    public async Task ListServiceUrlsAsync_SeveralReferences_ReturnsDistinctUrls()
    {
        await Store.UpsertAsync(Personal("u1", "a:1", "https://b/", "A"));
        await Store.UpsertAsync(Personal("u2", "a:2", "https://a/", "B"));
        await Store.UpsertAsync(Personal("u3", "a:3", "https://b/", "C"));

        Assert.Equal(["https://a/", "https://b/"], await Store.ListServiceUrlsAsync());
    }

    private static StoredConversationReference Personal(string aadObjectId, string conversationId, string serviceUrl, string name) =>
        new(aadObjectId, conversationId, serviceUrl, "msteams", "personal", "tenant-1", "28:bot", $"29:{aadObjectId}", name, "ja-JP");
}
