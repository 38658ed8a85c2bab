namespace ChatBot.Host.Features.Conversation;

/// <summary>
/// A command users can type or pick from the Teams command menu. The manifest's command lists are built from
/// the same list, so what the menu offers is what the bot understands.
/// </summary>
/// <param name="Keywords">Words (ja and en) that trigger the command when a message is exactly one of them.</param>
public sealed record BotCommand(string Id, string TitleKey, string DescriptionKey, string? ExampleKey, IReadOnlyList<string> Keywords, string MenuText);
