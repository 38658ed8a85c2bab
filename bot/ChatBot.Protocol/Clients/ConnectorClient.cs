using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ChatBot.Protocol.Schema;
using Microsoft.Extensions.Logging;

namespace ChatBot.Protocol.Clients;

/// <summary>The Bot Connector client over the named HttpClient <see cref="HttpClientName"/>.</summary>
internal sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IBotTokenProvider tokens,
    TimeProvider time,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "BotConnector";
    private const string CorrelationHeader = "X-Correlating-OperationId";

    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        await SendAsync<ResourceResponse>(HttpMethod.Post, ConnectorRoutes.Activities(serviceUrl, conversationId), activity, cancellationToken)
        ?? new ResourceResponse(null);

    public async Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default) =>
        await SendAsync<ResourceResponse>(HttpMethod.Post, ConnectorRoutes.Activity(serviceUrl, conversationId, replyToId), activity, cancellationToken)
        ?? new ResourceResponse(null);

    public async Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        await SendAsync<ResourceResponse>(HttpMethod.Put, ConnectorRoutes.Activity(serviceUrl, conversationId, activityId), activity, cancellationToken)
        ?? new ResourceResponse(activityId);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement?>(HttpMethod.Delete, ConnectorRoutes.Activity(serviceUrl, conversationId, activityId), null, cancellationToken);

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync<ConversationResourceResponse>(HttpMethod.Post, ConnectorRoutes.Conversations(serviceUrl), parameters, cancellationToken);
        return response is { Id.Length: > 0 }
            ? response
            : throw new ConnectorException("The connector created a conversation but returned no id.", 200, null, null, null);
    }

    public async Task<TeamsMember> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken = default) =>
        await SendAsync<TeamsMember>(HttpMethod.Get, ConnectorRoutes.Member(serviceUrl, conversationId, memberId), null, cancellationToken)
        ?? throw new ConnectorException("The connector returned no member.", 200, null, null, null);

    private async Task<T?> SendAsync<T>(HttpMethod method, Uri uri, object? body, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        var payload = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (payload is not null)
            {
                request.Content = new ByteArrayContent(payload);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            }

            using var response = await SendOnceAsync(client, request, cancellationToken);
            var correlationId = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0 && request.Headers.Authorization is not null)
            {
                // The token may have been revoked or rotated early: one retry with a fresh one, then give up.
                Log.ConnectorUnauthorizedRetry(logger, method.Method, correlationId);
                tokens.Invalidate();
                continue;
            }

            if (response.IsSuccessStatusCode)
            {
                Log.ConnectorCall(logger, method.Method, (int)response.StatusCode, correlationId);
                return await ReadAsync<T>(response, cancellationToken);
            }

            throw await CreateExceptionAsync(method, response, correlationId, cancellationToken);
        }
    }

    private static async Task<HttpResponseMessage> SendOnceAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new ConnectorException($"Connector {request.Method} failed: {ex.HttpRequestError}.", null, null, null, null, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ConnectorException($"Connector {request.Method} timed out.", null, null, null, null, ex);
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return default; // 202 Accepted (typing, split messages) and DELETE carry no body.
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private async Task<ConnectorException> CreateExceptionAsync(HttpMethod method, HttpResponseMessage response, string? correlationId, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var (code, message) = await ConnectorError.ReadAsync(response, cancellationToken);
        var retryAfter = ReadRetryAfter(response);
        Log.ConnectorFailed(logger, method.Method, status, code, correlationId);
        return new ConnectorException(
            $"Connector {method.Method} failed with {status}{(code is null ? "" : " " + code)}: {message ?? response.ReasonPhrase}",
            status, code, retryAfter, correlationId);
    }

    private TimeSpan? ReadRetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
