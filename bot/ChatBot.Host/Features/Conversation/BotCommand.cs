using System.Text;

namespace ChatBot.Host.Features.Conversation;

/// <summary>
/// A command users can type or pick from the Teams command menu (<c>manifest/commands.json</c> lists the same
/// titles, and a test checks the bot understands each of them).
/// </summary>
/// <param name="Keywords">Texts (ja and en) that run the command when a message is exactly one of them.</param>
/// <param name="MenuText">What a help-card button sends; empty for commands without a button.</param>
public sealed record BotCommand(string Id, string TitleKey, string DescriptionKey, string? ExampleKey, IReadOnlyList<string> Keywords, string MenuText)
{
    /// <summary>The help card's sections that list it, in order of preference: it shows under the first one the user belongs to.</summary>
    public IReadOnlyList<HelpGroup> Groups { get; init; } = [HelpGroup.Everyone];

    /// <summary>
    /// The rule the command's handler checks (organization, actor's AAD object id), when narrower than its groups:
    /// the help card offers the command only to people it lets. Null: everyone in one of its groups.
    /// </summary>
    public Func<Domain.Organization.OrganizationModel, string?, bool>? MayUse { get; init; }

    /// <summary>True when the (mention-stripped) text is one of the keywords, ignoring case, width and surrounding space.</summary>
    public bool Matches(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var normalized = Normalize(text);
        return Keywords.Any(k => string.Equals(Normalize(k), normalized, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// What a button sends in <paramref name="locale"/>: the menu text, or for English the first English keyword, so
    /// that pressing a button does not switch an English user's conversation to Japanese. Empty when there is no button.
    /// </summary>
    public string MenuTextFor(string? locale) =>
        MenuText.Length == 0 || !Domain.UserLanguage.IsEnglish(locale)
            ? MenuText
            : Keywords.FirstOrDefault(k => Domain.UserLanguage.FromText(k) != Domain.UserLanguage.Japanese && k.Any(char.IsAsciiLetter)) ?? MenuText;

    private static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).Trim().TrimEnd('。', '.', '!', '！');
}
