namespace ChatBot.Protocol.Schema;

/// <summary>Buttons shown under a message until the user picks one (Teams shows the first three).</summary>
public sealed class SuggestedActions
{
    public List<CardAction> Actions { get; set; } = [];
}

/// <summary>A suggested-action button; <c>imBack</c> posts <see cref="Value"/> into the chat as if the user typed it.</summary>
public sealed class CardAction
{
    public string Type { get; set; } = "imBack";
    public string? Title { get; set; }
    public string? Value { get; set; }
}
