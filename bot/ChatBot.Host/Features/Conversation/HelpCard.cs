using System.Text.Json.Nodes;
using ChatBot.Host.Resources;
using static ChatBot.Host.Cards.CardElements;

namespace ChatBot.Host.Features.Conversation;

/// <summary>
/// The help card: what the user's roles let them do, in sections (everyone's first, then handlers', managers', admins'),
/// each command with a button that runs it.
/// </summary>
public static class HelpCard
{
    /// <param name="sections">From <see cref="HelpGroups.Sections"/>: only the sections and commands this user may use.</param>
    /// <param name="roles">The user's roles as the organization file names them, or null when it does not list them.</param>
    public static JsonObject Build(IReadOnlyList<(HelpGroup Group, IReadOnlyList<BotCommand> Commands)> sections, string? roles, string? locale)
    {
        var body = new List<JsonNode?>
        {
            Heading(BotTexts.Get("Help_Title", locale)),
            Text(BotTexts.Get("Help_Intro", locale)),
            Text(roles is null ? BotTexts.Get("Help_NotInFile", locale) : BotTexts.Format("Help_YourRoles", locale, roles), subtle: true, size: "Small"),
        };
        foreach (var (group, commands) in sections)
        {
            body.Add(Container([Text(BotTexts.Get($"Help_Group_{group}", locale), bold: true, size: "Medium")], style: "emphasis", separator: true));
            foreach (var command in commands)
            {
                // Each command's button under its own description: one per row, so none is cut off at Teams' narrow width.
                var menuText = command.MenuTextFor(locale);
                body.Add(Container(
                [
                    Text(BotTexts.Get(command.TitleKey, locale), bold: true),
                    Text(BotTexts.Get(command.DescriptionKey, locale)),
                    command.ExampleKey is null ? null : Text(BotTexts.Get(command.ExampleKey, locale), subtle: true, size: "Small"),
                    menuText.Length == 0 ? null : ActionSet([ImBack(BotTexts.Get(command.TitleKey, locale), menuText)]),
                ], separator: true));
            }
        }
        body.Add(Text(BotTexts.Get("Help_Footer", locale), subtle: true, size: "Small"));
        return Card(body);
    }
}
