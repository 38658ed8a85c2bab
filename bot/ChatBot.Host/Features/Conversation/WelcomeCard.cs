using System.Text.Json.Nodes;
using ChatBot.Host.Resources;
using static ChatBot.Host.Cards.CardElements;

namespace ChatBot.Host.Features.Conversation;

/// <summary>Sent once when the bot is added to a conversation.</summary>
public static class WelcomeCard
{
    public static JsonObject Build(string? locale) => Card(
        [
            Heading(BotTexts.Get("Welcome_Title", locale)),
            Text(BotTexts.Get("Welcome_Body", locale)),
            Container([Text(BotTexts.Get("Welcome_Privacy", locale), size: "Small")], style: "warning"),
        ],
        [ImBack(BotTexts.Get("Help_Button", locale), ConversationFeature.Help.MenuTextFor(locale))]);
}
