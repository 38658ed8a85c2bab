namespace ChatBot.Protocol.Cards;

/// <summary>
/// The <c>value.action</c> of an <c>adaptiveCard/action</c> invoke. <see cref="Data"/> holds the
/// card's <c>data</c> merged with the input values, read only through <see cref="CardData"/>'s typed reads; <see cref="Trigger"/> is <c>manual</c> or <c>automatic</c> (refresh).
/// </summary>
public sealed record AdaptiveCardAction(string Verb, CardData Data, string? Trigger, string? Id);
