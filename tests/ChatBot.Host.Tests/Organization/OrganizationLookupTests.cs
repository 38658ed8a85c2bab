using ChatBot.Host.Tests.Support;
using ChatBot.Host.Organization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Tests.Organization;

public class OrganizationLookupTests : IDisposable
{
    private const string Outsider = "99999999-0000-0000-0000-000000000001";
    private const string AccountingManager = "00000000-0000-0000-0000-0000000000023";
    private const string PrivacyOfficer = "00000000-0000-0000-0000-0000000000024";
    private readonly OrganizationDirectory _organization = Sample();

    private static OrganizationDirectory Sample()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "ChatBot.sln"))) dir = dir.Parent;
        var path = Path.Combine(dir.FullName, "bot", "ChatBot.Host", "Samples", "organization.yaml");
        return new OrganizationDirectory(Options.Create(new OrganizationOptions { Path = path }), new TestEnvironment(dir.FullName), NullLogger<OrganizationDirectory>.Instance);
    }

    [Fact]
    public async Task Levels_OutsiderWhoseGraphManagerIsInTheFile_GoesToThatManagersChain()
    {
        var directory = new FakeUserDirectory { Managers = new() { [Outsider] = "88888888-0000-0000-0000-000000000002", ["88888888-0000-0000-0000-000000000002"] = AccountingManager } };
        var levels = await LevelsAsync(new OrganizationLookup(_organization, NullLogger<OrganizationLookup>.Instance, directory), Outsider);

        Assert.Equal(AccountingManager, levels[0][0].AadObjectId);
        Assert.Equal(PrivacyOfficer, levels[^1][0].AadObjectId);
    }

    [Fact]
    public async Task Levels_OutsiderWithoutDirectory_GoesToPrivacyOfficer()
    {
        var levels = await LevelsAsync(new OrganizationLookup(_organization, NullLogger<OrganizationLookup>.Instance), Outsider);
        Assert.Equal(PrivacyOfficer, Assert.Single(Assert.Single(levels)).AadObjectId);
    }

    [Fact]
    public async Task Levels_DirectoryFailing_FallsBackToPrivacyOfficer()
    {
        var directory = new FakeUserDirectory { Fails = true };
        var lookup = new OrganizationLookup(_organization, NullLogger<OrganizationLookup>.Instance, directory);

        var levels = await LevelsAsync(lookup, Outsider);

        Assert.Equal(PrivacyOfficer, Assert.Single(Assert.Single(levels)).AadObjectId);
        Assert.Equal(Outsider, await lookup.DisplayNameAsync(Outsider, CancellationToken.None));
    }

    [Fact]
    public async Task FindKnownManager_PersonInTheFile_IsNotLookedUp()
    {
        var directory = new FakeUserDirectory { Fails = true };
        var lookup = new OrganizationLookup(_organization, NullLogger<OrganizationLookup>.Instance, directory);
        Assert.Null(await lookup.FindKnownManagerAsync(AccountingManager, CancellationToken.None));
    }

    [Fact]
    public async Task DisplayName_FallsBackToDirectoryThenId()
    {
        var directory = new FakeUserDirectory { Users = new() { [Outsider] = new DirectoryUser(Outsider, "Lynne Robbins", null, null) } };
        var lookup = new OrganizationLookup(_organization, NullLogger<OrganizationLookup>.Instance, directory);
        Assert.Equal("Lynne Robbins", await lookup.DisplayNameAsync(Outsider, CancellationToken.None));
        Assert.Equal("unknown-id", await lookup.DisplayNameAsync("unknown-id", CancellationToken.None));
    }

    // As incident routing does: the manager found through the directory, else the person's own place in the file.
    private async Task<IReadOnlyList<IReadOnlyList<ChatBot.Domain.Organization.Person>>> LevelsAsync(OrganizationLookup lookup, string aad) =>
        await lookup.FindKnownManagerAsync(aad, CancellationToken.None) is { } manager
            ? _organization.Current.EscalationLevelsThrough(manager)
            : _organization.Current.EscalationLevelsFor(aad);

    public void Dispose()
    {
        _organization.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "ChatBot.Host";
        public string ContentRootPath { get; set; } = root;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}

public class OrganizationDirectoryTests
{
    [Fact]
    public async Task Reload_ValidEdit_IsPickedUp_InvalidEdit_KeepsTheLastGoodVersion()
    {
        var dir = Directory.CreateTempSubdirectory("org-");
        var path = Path.Combine(dir.FullName, "org.yaml");
        const string valid = "people:\n  - {aadObjectId: a, name: A, roles: [privacy_officer]}\n";
        await File.WriteAllTextAsync(path, valid);
        using var organization = new OrganizationDirectory(
            Options.Create(new OrganizationOptions { Path = path, PollInterval = TimeSpan.FromMilliseconds(50) }),
            new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = dir.FullName }, NullLogger<OrganizationDirectory>.Instance);

        await File.WriteAllTextAsync(path, valid + "  - {aadObjectId: b, name: B, roles: [admin]}\n");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(5));
        await WaitUntil(() => organization.Current.FindPerson("b") is not null);

        await File.WriteAllTextAsync(path, "people: [\n");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(10));
        await Task.Delay(300);
        Assert.NotNull(organization.Current.FindPerson("b"));
        dir.Delete(recursive: true);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition());
    }
}
