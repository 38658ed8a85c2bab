namespace ChatBot.Protocol.Cards;

/// <summary>A like/dislike click on an AI message (<c>message/submitAction</c>, actionName <c>feedback</c>).</summary>
public sealed record FeedbackInvoke(string Reaction, string? FeedbackText, string? ReplyToId)
{
    public const string Like = "like";
    public const string Dislike = "dislike";
}
