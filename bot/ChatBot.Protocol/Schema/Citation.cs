namespace ChatBot.Protocol.Schema;

/// <summary>
/// One source of an AI answer. <see cref="Position"/> is the number of the <c>[n]</c> marker in the text.
/// Teams limits: name ≤80, abstract ≤160 characters, ≤3 keywords of ≤28; longer values are truncated when built.
/// </summary>
public sealed record Citation(int Position, string Name, string Abstract, string? Url = null, IReadOnlyList<string>? Keywords = null);
