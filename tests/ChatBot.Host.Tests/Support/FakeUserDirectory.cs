using System.Collections.Concurrent;
using ChatBot.Host.Organization;

namespace ChatBot.Host.Tests.Support;

/// <summary>The tenant directory (Microsoft Graph) as tests set it up: managers and users by id, or down altogether.</summary>
public sealed class FakeUserDirectory : IUserDirectory
{
    public Dictionary<string, string> Managers { get; init; } = [];

    public Dictionary<string, DirectoryUser> Users { get; init; } = [];

    /// <summary>Every call throws, as Graph does when it is unreachable.</summary>
    public bool Fails { get; init; }

    /// <summary>How often each user's manager was asked for.</summary>
    public ConcurrentDictionary<string, int> ManagerLookups { get; } = new();

    public Task<DirectoryUser?> FindUserAsync(string aadObjectId, CancellationToken cancellationToken) =>
        Fails ? throw new HttpRequestException("Graph is down") : Task.FromResult(Users.GetValueOrDefault(aadObjectId));

    public Task<string?> FindManagerIdAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ManagerLookups.AddOrUpdate(aadObjectId, 1, (_, n) => n + 1);
        return Fails ? throw new HttpRequestException("Graph is down") : Task.FromResult(Managers.GetValueOrDefault(aadObjectId));
    }
}
