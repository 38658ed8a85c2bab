using System.Text.Json.Nodes;
using ChatBot.Host.Resources;
using static ChatBot.Host.Cards.CardElements;

namespace ChatBot.Host.Features.Conversation;

/// <summary>The help card: every command the bot's features offer, each with a button that runs it.</summary>
public static class HelpCard
{
    public static JsonObject Build(IEnumerable<BotCommand> commands, string? locale)
    {
        var list = commands.ToList();
        var body = new List<JsonNode?> { Heading(BotTexts.Get("Help_Title", locale)), Text(BotTexts.Get("Help_Intro", locale)) };
        foreach (var command in list)
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
        body.Add(Text(BotTexts.Get("Help_Footer", locale), subtle: true, size: "Small"));
        return Card(body);
    }
}
