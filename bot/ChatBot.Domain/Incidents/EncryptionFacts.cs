namespace ChatBot.Domain.Incidents;

/// <summary>The four conditions of 高度な暗号化 (PPC Q&amp;A 17-14); all are required. A password ZIP with the password in
/// the same email has <see cref="KeyKeptSeparately"/> false.</summary>
public sealed record EncryptionFacts(bool ApprovedAlgorithm, bool ProperlyImplemented, bool KeyKeptSeparately, bool KeyNotLeaked)
{
    public static EncryptionFacts None { get; } = new(false, false, false, false);

    public static EncryptionFacts Strong { get; } = new(true, true, true, true);

    public bool Encrypted => ApprovedAlgorithm || ProperlyImplemented || KeyKeptSeparately || KeyNotLeaked;
}
