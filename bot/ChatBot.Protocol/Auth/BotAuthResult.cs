using System.Security.Claims;

namespace ChatBot.Protocol.Auth;

/// <summary>
/// The outcome of checking an inbound request. <see cref="Reason"/> is for logs, never for the response body.
/// <see cref="ServiceUrlVerified"/> is true only when a signed <c>serviceurl</c> claim matched the activity: only
/// then may the serviceUrl be trusted to receive the bot's token.
/// </summary>
public sealed record BotAuthResult(bool Succeeded, int StatusCode, string? Reason, ClaimsIdentity? Identity, bool ServiceUrlVerified = false)
{
    public static BotAuthResult Success(ClaimsIdentity? identity, bool serviceUrlVerified = false) =>
        new(true, 200, null, identity, serviceUrlVerified);

    /// <summary>Missing, malformed, expired or otherwise invalid token.</summary>
    public static BotAuthResult Unauthorized(string reason) => new(false, 401, reason, null);

    /// <summary>A valid token whose signing key is not endorsed for the activity's channel.</summary>
    public static BotAuthResult Forbidden(string reason) => new(false, 403, reason, null);
}
