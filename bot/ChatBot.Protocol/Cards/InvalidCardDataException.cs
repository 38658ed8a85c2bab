namespace ChatBot.Protocol.Cards;

public enum CardDataProblem
{
    Missing,
    WrongType,

    /// <summary>A number that is not a whole number within <see cref="int"/>.</summary>
    OutOfRange,
}

/// <summary>
/// Card data that cannot be read as the handler needs it. Thrown by <see cref="CardData"/> and answered by the router
/// with a 400 card error: it is the client's mistake (or a forged request), not the bot's.
/// </summary>
public sealed class InvalidCardDataException(string field, CardDataProblem problem)
    : Exception($"Card data field '{field}': {problem}.")
{
    public string Field { get; } = field;

    public CardDataProblem Problem { get; } = problem;
}
