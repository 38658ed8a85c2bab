using System.Collections.Concurrent;
using Azure.Core;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;

namespace ChatBot.Host.Organization;

/// <summary>Microsoft Graph users and managers, cached: the directory changes slowly and Graph throttles.</summary>
internal sealed class GraphUserDirectory(GraphServiceClient graph, IOptions<GraphOptions> options, TimeProvider time) : IUserDirectory
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, object? Value)> _cache = new();

    public static GraphUserDirectory Create(TokenCredential credential, IOptions<GraphOptions> options, TimeProvider time) =>
        new(new GraphServiceClient(credential, ["https://graph.microsoft.com/.default"]), options, time);

    public Task<DirectoryUser?> FindUserAsync(string aadObjectId, CancellationToken cancellationToken) =>
        CachedAsync($"user:{aadObjectId}", async () =>
        {
            var user = await graph.Users[aadObjectId].GetAsync(r => r.QueryParameters.Select = ["id", "displayName", "userPrincipalName", "department"], cancellationToken);
            return user is null ? null : new DirectoryUser(aadObjectId, user.DisplayName, user.UserPrincipalName, user.Department);
        });

    public Task<string?> FindManagerIdAsync(string aadObjectId, CancellationToken cancellationToken) =>
        CachedAsync($"manager:{aadObjectId}", async () => (await graph.Users[aadObjectId].Manager.GetAsync(cancellationToken: cancellationToken))?.Id);

    private async Task<T?> CachedAsync<T>(string key, Func<Task<T?>> load) where T : class
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(key, out var hit) && now - hit.At < options.Value.CacheFor) return (T?)hit.Value;
        T? value;
        try
        {
            value = await load();
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            value = null; // no such user, or no manager set
        }
        _cache[key] = (now, value);
        return value;
    }
}
