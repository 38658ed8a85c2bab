using ChatBot.Domain.Organization;
using ChatBot.Host.Resources;

namespace ChatBot.Host.Organization;

/// <summary>How a role and the people holding it are named in a reply: 「管理者（Alex Wilber）」, "admin (Alex Wilber)".</summary>
public static class RoleNames
{
    public static string Of(OrganizationRole role, string? locale) => BotTexts.Get("Role_" + role, locale);

    /// <summary>The role with its people's names from the organization file (sorted, so replies are stable); the bare role without any.</summary>
    public static string WithPeople(OrganizationRole role, IEnumerable<Person> people, string? locale)
    {
        var names = Names(people, locale);
        return names.Length == 0 ? Of(role, locale) : BotTexts.Format("Role_WithPeople", locale, Of(role, locale), names);
    }

    /// <summary>The people's names, sorted, joined as the language joins a list.</summary>
    public static string Names(IEnumerable<Person> people, string? locale) =>
        string.Join(BotTexts.Get("Role_NameSeparator", locale), people.Select(p => p.Name).Order(StringComparer.Ordinal));
}
