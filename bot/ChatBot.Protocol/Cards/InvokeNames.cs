namespace ChatBot.Protocol.Cards;

/// <summary>Values of <c>activity.name</c> on invokes this library understands.</summary>
public static class InvokeNames
{
    /// <summary>Universal Action (<c>Action.Execute</c>) from an Adaptive Card.</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>Like/dislike feedback on an AI message (and other message actions).</summary>
    public const string MessageSubmitAction = "message/submitAction";

    /// <summary>First step of <c>custom</c> feedback: the client asks for a dialog.</summary>
    public const string MessageFetchTask = "message/fetchTask";
}
