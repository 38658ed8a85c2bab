namespace ChatBot.Protocol.Routing;

/// <summary>Which connector call a <see cref="TurnReply"/> is.</summary>
public enum TurnReplyKind
{
    /// <summary>POST a new activity to the conversation.</summary>
    Send,

    /// <summary>POST a reply to <see cref="TurnReply.ActivityId"/> (the activity's <c>replyToId</c>).</summary>
    Reply,

    /// <summary>PUT the activity over <see cref="TurnReply.ActivityId"/>.</summary>
    Update,

    /// <summary>DELETE <see cref="TurnReply.ActivityId"/>.</summary>
    Delete,
}
