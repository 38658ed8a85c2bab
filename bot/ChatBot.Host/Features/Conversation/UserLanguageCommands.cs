using ChatBot.Domain;

namespace ChatBot.Host.Features.Conversation;

/// <summary>The text a button sends for a command, in the user's language, so it reads naturally in the chat.</summary>
public static class UserLanguageCommands
{
    public static string Help(string? locale) => UserLanguage.IsEnglish(locale) ? "help" : "ヘルプ";
}
