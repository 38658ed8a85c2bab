namespace ChatBot.Host.Features.Conversation;

/// <summary>Implemented by each <c>IBotFeature</c> that offers commands: the help card lists them (found among the features, no registration).</summary>
public interface IBotCommandSource
{
    IEnumerable<BotCommand> Commands { get; }
}
