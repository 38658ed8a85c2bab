namespace ChatBot.Host.Organization;

/// <summary>The tenant's directory (Microsoft Graph when configured): fills what the organization file does not say.</summary>
public interface IUserDirectory
{
    Task<DirectoryUser?> FindUserAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>The user's manager's object id, or null when none is set.</summary>
    Task<string?> FindManagerIdAsync(string aadObjectId, CancellationToken cancellationToken);
}

public sealed record DirectoryUser(string AadObjectId, string? DisplayName, string? UserPrincipalName, string? Department);
