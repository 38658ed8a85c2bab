using ChatBot.Domain.Organization;

namespace ChatBot.Host.Organization;

/// <summary>
/// Who someone is and who is above them, for people the organization file does not list: the directory's manager chain
/// (when Graph is configured) up to the first manager the file knows, whose department's chain then applies
/// (<see cref="OrganizationModel.EscalationLevelsThrough"/>). Without either, the 個人情報保護管理者.
/// </summary>
public sealed partial class OrganizationLookup(OrganizationDirectory organization, ILogger<OrganizationLookup> logger, IUserDirectory? directory = null)
{
    private const int MaxManagerHops = 6;

    /// <summary>
    /// For someone the file does not list: the first manager up their directory chain that the file lists, or null
    /// (listed in the file, no directory, no such manager, or the directory failing: the 個人情報保護管理者 then
    /// handles it, so a report is never lost to a Graph outage).
    /// </summary>
    public async Task<string?> FindKnownManagerAsync(string? aadObjectId, CancellationToken cancellationToken)
    {
        var model = organization.Current;
        if (aadObjectId is null || model.FindPerson(aadObjectId) is not null || directory is null) return null;
        var current = aadObjectId;
        try
        {
            for (var hop = 0; hop < MaxManagerHops; hop++)
            {
                var manager = await directory.FindManagerIdAsync(current, cancellationToken);
                if (manager is null) return null;
                if (model.FindPerson(manager) is { } known) return known.AadObjectId;
                current = manager;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            DirectoryFailed(logger, e);
        }
        return null;
    }

    /// <summary>A display name for anyone: the file, then the directory, else the id.</summary>
    public async Task<string> DisplayNameAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (organization.Current.FindPerson(aadObjectId)?.Name is { } name) return name;
        try
        {
            return (directory is null ? null : (await directory.FindUserAsync(aadObjectId, cancellationToken))?.DisplayName) ?? aadObjectId;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            DirectoryFailed(logger, e);
            return aadObjectId;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The user directory (Microsoft Graph) failed; falling back to the organization file.")]
    private static partial void DirectoryFailed(ILogger logger, Exception exception);
}
