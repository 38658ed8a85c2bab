namespace ChatBot.Domain.Knowledge;

/// <summary>A query (or a synonym variant of it) analyzed: all its terms, and those that carry content (for coverage).</summary>
internal sealed record QueryVariant(string[] Terms, string[] Content);
