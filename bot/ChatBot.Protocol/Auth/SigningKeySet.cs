namespace ChatBot.Protocol.Auth;

/// <summary>The keys published by one OpenID metadata document.</summary>
public sealed class SigningKeySet(string? issuer, IReadOnlyList<SigningKey> keys)
{
    public string? Issuer { get; } = issuer;
    public IReadOnlyList<SigningKey> Keys { get; } = keys;

    public SigningKey? Find(string? keyId) =>
        keyId is null ? null : Keys.FirstOrDefault(k => string.Equals(k.Key.KeyId, keyId, StringComparison.Ordinal));
}
