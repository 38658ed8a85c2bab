using System.Web;
using ChatBot.Host.Files;
using ChatBot.Host.Storage;
using ChatBot.Host.Storage.Migrations;
using ChatBot.Host.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Host.Tests.Files;

/// <summary>The one signing service behind every file link: what makes a link valid, invalid or expired, and where its key lives.</summary>
public sealed class SignedLinksTests : IAsyncLifetime, IDisposable
{
    private const string Purpose = "test-file";
    private const string Alice = "aad-alice";
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 1, 0, 0, TimeSpan.Zero));
    private readonly List<IHost> _hosts = [];

    public async Task InitializeAsync() => await Instance().Services.GetRequiredService<SchemaMigrator>().MigrateAsync(default);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _hosts.ForEach(h => h.Dispose());
        _database.Dispose();
    }

    private IHost Instance(string? connectionString = null, StorageProvider provider = StorageProvider.Sqlite)
    {
        var host = StorageTestServices.Build(provider, connectionString ?? _database.ConnectionString, _time);
        _hosts.Add(host);
        return host;
    }

    private SignedLinks Links(IHost? host = null, string? configuredKey = null) =>
        new(Options.Create(new FileLinkOptions { SigningKey = configuredKey, PublicBaseUrl = "https://bot.example.jp" }),
            new SigningKeyStore((host ?? _hosts[0]).Services.GetRequiredService<IDbConnectionFactory>(), _time), _time);

    /// <summary>The u, exp and sig of a link.</summary>
    private static (string U, string Exp, string Sig) Parts(SignedLink link)
    {
        var query = HttpUtility.ParseQueryString(new Uri(link.Url).Query);
        return (query["u"]!, query["exp"]!, query["sig"]!);
    }

    [Fact]
    public async Task CheckAsync_TheLinkAsMade_IsValid()
    {
        var links = Links();
        var link = await links.CreateAsync(Purpose, "r-1", "/files/test/r-1.bin", Alice, "en-US", default);
        var (u, exp, sig) = Parts(link);

        Assert.StartsWith("https://bot.example.jp/files/test/r-1.bin?u=aad-alice&exp=", link.Url, StringComparison.Ordinal);
        Assert.EndsWith("&lang=en", link.Url, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(15), link.Lifetime);
        Assert.Equal(SignedLinkCheck.Valid, await links.CheckAsync(Purpose, "r-1", u, exp, sig, default));
    }

    [Fact]
    public async Task CheckAsync_TamperedSignature_IsInvalid()
    {
        var links = Links();
        var (u, exp, sig) = Parts(await links.CreateAsync(Purpose, "r-1", "/x", Alice, null, default));

        Assert.Equal(SignedLinkCheck.Invalid, await links.CheckAsync(Purpose, "r-1", u, exp, (sig[0] == 'A' ? "B" : "A") + sig[1..], default));
        Assert.Equal(SignedLinkCheck.Invalid, await links.CheckAsync(Purpose, "r-1", u, exp, "", default));
        Assert.Equal(SignedLinkCheck.Invalid, await links.CheckAsync(Purpose, "r-1", u, exp, null, default));
    }

    [Fact]
    public async Task CheckAsync_EditedExpiry_IsInvalidNotExpiredNorValid()
    {
        var links = Links();
        var (u, exp, sig) = Parts(await links.CreateAsync(Purpose, "r-1", "/x", Alice, null, default));

        Assert.Equal(SignedLinkCheck.Invalid, await links.CheckAsync(Purpose, "r-1", u, (long.Parse(exp) + 3600).ToString(), sig, default));
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(SignedLinkCheck.Invalid, await links.CheckAsync(Purpose, "r-1", u, (long.Parse(exp) - 60).ToString(), sig, default));
    }

    [Fact]
    public async Task CheckAsync_AfterTheLifetime_IsExpired()
    {
        var links = Links();
        var (u, exp, sig) = Parts(await links.CreateAsync(Purpose, "r-1", "/x", Alice, null, default));

        _time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(SignedLinkCheck.Valid, await links.CheckAsync(Purpose, "r-1", u, exp, sig, default));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SignedLinkCheck.Expired, await links.CheckAsync(Purpose, "r-1", u, exp, sig, default));
    }

    [Fact]
    public async Task CheckAsync_AnotherUserResourceOrPurpose_IsInvalid()
    {
        var links = Links();
        var (u, exp, sig) = Parts(await links.CreateAsync(Purpose, "r-1", "/x", Alice, null, default));

        Assert.Equal(SignedLinkCheck.Valid, await links.CheckAsync(Purpose, "r-1", "AAD-ALICE", exp, sig, default)); // AAD ids ignore case
        Assert.Equal(SignedLinkCheck.Invalid, await links.CheckAsync(Purpose, "r-1", "aad-bob", exp, sig, default));
        Assert.Equal(SignedLinkCheck.Invalid, await links.CheckAsync(Purpose, "r-1", null, exp, sig, default));
        Assert.Equal(SignedLinkCheck.Invalid, await links.CheckAsync(Purpose, "r-2", u, exp, sig, default));
        Assert.Equal(SignedLinkCheck.Invalid, await links.CheckAsync("other-file", "r-1", u, exp, sig, default));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("+1780000000")]
    [InlineData("1780000000.5")]
    [InlineData("99999999999999999999999")]
    public async Task CheckAsync_MalformedExpiry_IsInvalid(string exp)
    {
        var links = Links();
        var (u, _, sig) = Parts(await links.CreateAsync(Purpose, "r-1", "/x", Alice, null, default));

        Assert.Equal(SignedLinkCheck.Invalid, await links.CheckAsync(Purpose, "r-1", u, exp, sig, default));
    }

    [Fact]
    public async Task GeneratedKey_IsPersisted_SoAnotherInstanceOnTheSameDatabaseAgrees()
    {
        var first = Links(Instance());
        var second = Links(Instance());

        // Both instances race for the first key; the first insert wins and both read it back.
        var links = await Task.WhenAll(
            first.CreateAsync(Purpose, "r-1", "/x", Alice, null, default),
            second.CreateAsync(Purpose, "r-2", "/x", Alice, null, default));

        var (u1, exp1, sig1) = Parts(links[0]);
        var (u2, exp2, sig2) = Parts(links[1]);
        Assert.Equal(SignedLinkCheck.Valid, await second.CheckAsync(Purpose, "r-1", u1, exp1, sig1, default));
        Assert.Equal(SignedLinkCheck.Valid, await first.CheckAsync(Purpose, "r-2", u2, exp2, sig2, default));
        Assert.Equal(SignedLinkCheck.Valid, await Links(Instance()).CheckAsync(Purpose, "r-1", u1, exp1, sig1, default)); // after a restart
    }

    [Fact]
    public async Task ConfiguredKey_IsUsedInsteadOfTheStoredOne()
    {
        var configured = Links(configuredKey: "configured-key-for-tests-0123456789abcdef");
        var (u, exp, sig) = Parts(await configured.CreateAsync(Purpose, "r-1", "/x", Alice, null, default));

        Assert.Equal(SignedLinkCheck.Valid, await Links(configuredKey: "configured-key-for-tests-0123456789abcdef").CheckAsync(Purpose, "r-1", u, exp, sig, default));
        Assert.Equal(SignedLinkCheck.Invalid, await Links().CheckAsync(Purpose, "r-1", u, exp, sig, default));
    }

    [PostgresFact]
    public async Task GeneratedKey_OnPostgres_IsSharedByInstances()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        try
        {
            using var one = StorageTestServices.Build(StorageProvider.Postgres, database.ConnectionString, _time);
            using var two = StorageTestServices.Build(StorageProvider.Postgres, database.ConnectionString, _time);
            await one.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(default);
            var (first, second) = (Links(one), Links(two));

            var links = await Task.WhenAll(
                first.CreateAsync(Purpose, "r-1", "/x", Alice, null, default),
                second.CreateAsync(Purpose, "r-2", "/x", Alice, null, default));

            var (u, exp, sig) = Parts(links[0]);
            Assert.Equal(SignedLinkCheck.Valid, await second.CheckAsync(Purpose, "r-1", u, exp, sig, default));
            (u, exp, sig) = Parts(links[1]);
            Assert.Equal(SignedLinkCheck.Valid, await first.CheckAsync(Purpose, "r-2", u, exp, sig, default));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
