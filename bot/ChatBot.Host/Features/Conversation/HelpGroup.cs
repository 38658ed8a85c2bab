using ChatBot.Domain.Organization;

namespace ChatBot.Host.Features.Conversation;

/// <summary>The help card's sections, in the order shown: everyone's first.</summary>
public enum HelpGroup
{
    Everyone,

    /// <summary>事務取扱担当者.</summary>
    Handlers,

    /// <summary>事務取扱責任者 and the 個人情報保護管理者.</summary>
    Managers,

    /// <summary>Who operates the bot.</summary>
    Admins,
}

public static class HelpGroups
{
    /// <summary>The sections someone belongs to, from their roles in the organization file (everyone, even someone it does not list, is in the first).</summary>
    public static IReadOnlySet<HelpGroup> Of(OrganizationModel organization, string? aadObjectId)
    {
        var groups = new HashSet<HelpGroup> { HelpGroup.Everyone };
        if (organization.HasRole(aadObjectId, OrganizationRole.Handler)) groups.Add(HelpGroup.Handlers);
        if (organization.HasRole(aadObjectId, OrganizationRole.ResponsibleManager) || organization.HasRole(aadObjectId, OrganizationRole.PrivacyOfficer))
            groups.Add(HelpGroup.Managers);
        if (organization.HasRole(aadObjectId, OrganizationRole.Admin)) groups.Add(HelpGroup.Admins);
        return groups;
    }

    /// <summary>
    /// The commands <paramref name="aadObjectId"/> may use, by section: each command once, under the first of its
    /// <see cref="BotCommand.Groups"/> the user belongs to, and only if its <see cref="BotCommand.MayUse"/> rule (the one
    /// its handler checks) lets them. Sections without a command are left out.
    /// </summary>
    public static IReadOnlyList<(HelpGroup Group, IReadOnlyList<BotCommand> Commands)> Sections(
        IEnumerable<BotCommand> commands, OrganizationModel organization, string? aadObjectId)
    {
        var mine = Of(organization, aadObjectId);
        var placed = commands
            .Where(c => c.MayUse?.Invoke(organization, aadObjectId) ?? true)
            .Select(c => (Command: c, Group: c.Groups.Where(mine.Contains).Cast<HelpGroup?>().FirstOrDefault()))
            .Where(p => p.Group is not null)
            .ToList();
        return [.. Enum.GetValues<HelpGroup>()
            .Select(g => (g, (IReadOnlyList<BotCommand>)[.. placed.Where(p => p.Group == g).Select(p => p.Command)]))
            .Where(s => s.Item2.Count > 0)];
    }
}
