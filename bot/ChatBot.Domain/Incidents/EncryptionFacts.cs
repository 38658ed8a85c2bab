namespace ChatBot.Domain.Incidents;

/// <summary>
/// The facts behind 高度な暗号化 (PPC Q&amp;A 17-14). The algorithm and its implementation are always required; the means
/// of decryption counts as properly managed when any one of the Q&amp;A's three holds: ① the key kept apart from the data
/// and itself protected (<see cref="KeyKeptSeparately"/> and <see cref="KeyNotLeaked"/>), ② the data or the key can be
/// deleted remotely (<see cref="RemoteDeletion"/>), ③ a design that keeps third parties from using the key
/// (<see cref="KeyUnusableByThirdParties"/>). Which facts form which condition is data (rules.yaml). A password ZIP with
/// the password in the same email has <see cref="KeyKeptSeparately"/> false.
/// </summary>
public sealed record EncryptionFacts(
    bool ApprovedAlgorithm,
    bool ProperlyImplemented,
    bool KeyKeptSeparately,
    bool KeyNotLeaked,
    bool RemoteDeletion = false,
    bool KeyUnusableByThirdParties = false)
{
    public static EncryptionFacts None { get; } = new(false, false, false, false);

    /// <summary>Strong encryption by alternative ① (key kept apart and protected).</summary>
    public static EncryptionFacts Strong { get; } = new(true, true, true, true);

    public bool Encrypted => ApprovedAlgorithm || ProperlyImplemented || KeyKeptSeparately || KeyNotLeaked || RemoteDeletion || KeyUnusableByThirdParties;
}
