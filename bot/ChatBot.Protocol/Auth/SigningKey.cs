using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Protocol.Auth;

/// <summary>A JWKS key and the channels it is endorsed for (Bot Framework keys only; Entra keys have none).</summary>
public sealed record SigningKey(JsonWebKey Key, IReadOnlySet<string> Endorsements);
