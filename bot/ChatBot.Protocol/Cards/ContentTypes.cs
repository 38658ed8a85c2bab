namespace ChatBot.Protocol.Cards;

/// <summary>Content types of card attachments and of invoke response bodies.</summary>
public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string ActivityMessage = "application/vnd.microsoft.activity.message";
    public const string Error = "application/vnd.microsoft.error";
    public const string LoginRequest = "application/vnd.microsoft.activity.loginRequest";
    public const string PreconditionFailed = "application/vnd.microsoft.error.preconditionFailed";
}
