using ChatBot.Domain.Organization;

namespace ChatBot.Host.Organization;

/// <summary>
/// Who someone is and who is above them: the organization file first; for people it does not list, the directory's
/// manager chain (when Graph is configured) up to the first manager the file knows, whose department's chain then
/// applies. Without either, the 個人情報保護管理者.
/// </summary>
public sealed class OrganizationLookup(OrganizationDirectory organization, IUserDirectory? directory = null)
{
    private const int MaxManagerHops = 6;

    public async Task<IReadOnlyList<IReadOnlyList<Person>>> EscalationLevelsForAsync(string? aadObjectId, CancellationToken cancellationToken)
    {
        var model = organization.Current;
        if (aadObjectId is null || model.FindPerson(aadObjectId) is not null || directory is null)
            return model.EscalationLevelsFor(aadObjectId);

        var current = aadObjectId;
        for (var hop = 0; hop < MaxManagerHops; hop++)
        {
            var manager = await directory.FindManagerIdAsync(current, cancellationToken);
            if (manager is null) break;
            if (model.FindPerson(manager) is { } known)
            {
                // The known manager and the levels above them in their department.
                var levels = model.EscalationLevelsFor(known.AadObjectId).ToList();
                if (!levels.SelectMany(l => l).Any(p => p.AadObjectId == known.AadObjectId)) levels.Insert(0, [known]);
                return levels;
            }
            current = manager;
        }
        return model.EscalationLevelsFor(aadObjectId);
    }

    /// <summary>A display name for anyone: the file, then the directory, else the id.</summary>
    public async Task<string> DisplayNameAsync(string aadObjectId, CancellationToken cancellationToken) =>
        organization.Current.FindPerson(aadObjectId)?.Name
        ?? (directory is null ? null : (await directory.FindUserAsync(aadObjectId, cancellationToken))?.DisplayName)
        ?? aadObjectId;
}
