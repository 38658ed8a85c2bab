namespace ChatBot.Host.Features.Conversation;

/// <summary>Implemented by each feature that offers commands, so the help card and the manifest list them.</summary>
public interface IBotCommandSource
{
    IEnumerable<BotCommand> Commands { get; }
}
