using System.Net;
using System.Text.Json;
using ChatBot.Protocol.Auth;
using ChatBot.Protocol.Routing;
using ChatBot.Protocol.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ChatBot.Protocol.Hosting;

/// <summary>
/// The messaging endpoint pipeline: content checks, parse, authenticate, dispatch, answer.
/// Bad input is always a 4xx with a short problem+json reason, never a 500.
/// </summary>
internal sealed class BotEndpoint(
    IBotRequestAuthenticator authenticator,
    IServiceUrlTrust trust,
    ActivityRouter router,
    ReplyDelivery replies,
    TimeProvider time,
    IOptions<BotAuthenticationOptions> authOptions,
    IOptions<BotEndpointOptions> endpointOptions,
    ILogger<BotEndpoint> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var arrivedAt = time.GetTimestamp(); // Teams' wait for the answer starts about now: the reply budget counts from here
        var request = http.Request;
        if (HttpMethods.IsHead(request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "POST, HEAD";
            await RejectAsync(http, StatusCodes.Status405MethodNotAllowed, "Activities are POSTed.");
            return;
        }

        if (!IsJson(request.ContentType))
        {
            await RejectAsync(http, StatusCodes.Status415UnsupportedMediaType, "Content-Type must be application/json.");
            return;
        }

        var body = await ActivityReader.ReadBodyAsync(request, endpointOptions.Value.MaxRequestBodyBytes, http.RequestAborted);
        if (body is null)
        {
            await RejectAsync(http, StatusCodes.Status413PayloadTooLarge, "The activity is too large.");
            return;
        }

        var (activity, error) = ActivityReader.Parse(body);
        if (activity is null)
        {
            await RejectAsync(http, StatusCodes.Status400BadRequest, error ?? "Malformed activity.");
            return;
        }

        var anonymous = authOptions.Value.IsAnonymousMode;
        if (anonymous && (!IsLoopback(http.Connection.RemoteIpAddress) || IsForwarded(request)))
        {
            // A local tunnel (dev tunnels, ngrok) connects from loopback but carries internet traffic; its forwarding
            // headers give it away.
            await UnauthorizedAsync(http, 401, "Anonymous mode accepts direct loopback callers only.");
            return;
        }

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, activity, http.RequestAborted);
        if (!auth.Succeeded)
        {
            await UnauthorizedAsync(http, auth.StatusCode, auth.Reason ?? "Unauthorized.");
            return;
        }

        // Trust the serviceUrl for outbound tokens only if the token vouched for it. An Entra token has no serviceurl
        // claim, so it must not redirect the bot's token anywhere, not even to a listener on this machine; such
        // URLs are trusted only when configured (Bot:TrustedServiceUrls, Bot:AllowedServiceUrlHosts).
        if (!anonymous && auth.ServiceUrlVerified && !string.IsNullOrEmpty(activity.ServiceUrl))
        {
            trust.Remember(activity.ServiceUrl);
        }

        await DispatchAsync(http, new TurnContext(activity, auth.Identity, replies.ForTurn(arrivedAt, http.RequestAborted), http.RequestServices, http.RequestAborted));
    }

    private async Task DispatchAsync(HttpContext http, TurnContext turn)
    {
        Cards.InvokeResponse? response;
        try
        {
            response = await router.DispatchAsync(turn);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return; // Teams gave up; nobody is listening for the answer.
        }

        http.Response.StatusCode = response?.Status ?? StatusCodes.Status200OK;
        if (response?.Body is { } payload)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(http.Response.Body, payload, payload.GetType(), ProtocolJson.Options, http.RequestAborted);
        }
    }

    private Task UnauthorizedAsync(HttpContext http, int status, string reason)
    {
        // The precise reason goes to the log only: telling a caller why its token failed helps forge the next one.
        http.Response.Headers.WWWAuthenticate = "Bearer";
        Log.RequestRejected(logger, status, reason);
        return ProblemWriter.WriteAsync(http, status, status == 403 ? "Forbidden." : "Unauthorized.");
    }

    private Task RejectAsync(HttpContext http, int status, string reason)
    {
        Log.RequestRejected(logger, status, reason);
        return ProblemWriter.WriteAsync(http, status, reason);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.HasValue
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Value!.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static bool IsForwarded(HttpRequest request) =>
        request.Headers.ContainsKey("X-Forwarded-For") || request.Headers.ContainsKey("X-Forwarded-Host")
        || request.Headers.ContainsKey("Forwarded");

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
