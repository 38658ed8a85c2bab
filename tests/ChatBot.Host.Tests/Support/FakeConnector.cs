using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Tests.Support;

/// <summary>One request the bot made to the Bot Connector, and what the fake answered.</summary>
public sealed record ConnectorCall(HttpMethod Method, string Path, string Body, Activity? Activity, string? Authorization)
{
    public int Status { get; set; }

    public bool Delivered => Status is >= 200 and < 300;

    public string? Text => Activity?.Text;
}

/// <summary>
/// The primary handler of the <c>BotConnector</c> HttpClient: records every request and answers 201 <c>{id}</c>
/// unless a scripted answer is queued (429 with Retry-After, 503, 403, or a hang until cancelled) or an outage is on.
/// </summary>
public sealed class FakeConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<ConnectorCall, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private int _ids;
    private volatile int _outage;

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    /// <summary>Bodies of every request, as one string: for "this never left the process" checks.</summary>
    public string AllBodies => string.Join('\n', _calls.Select(c => c.Body));

    public IReadOnlyList<ConnectorCall> Sends(string textContains) =>
        [.. _calls.Where(c => c.Method == HttpMethod.Post && c.Text?.Contains(textContains, StringComparison.Ordinal) == true)];

    public void Answer(HttpStatusCode status, TimeSpan? retryAfter = null, string? errorCode = null) =>
        _script.Enqueue((_, _) => Task.FromResult(Error(status, retryAfter, errorCode)));

    /// <summary>Every request gets <paramref name="status"/> (no Retry-After) until <see cref="EndOutage"/>; scripted answers wait.</summary>
    public void StartOutage(HttpStatusCode status) => _outage = (int)status;

    public void EndOutage() => _outage = 0;

    /// <summary>The next request never gets an answer (until the caller gives up).</summary>
    public void Hang() => _script.Enqueue(async (_, ct) =>
    {
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Activity? activity = null;
        if (body.Length > 0)
        {
            try { activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options); }
            catch (JsonException) { }
        }

        var call = new ConnectorCall(request.Method, request.RequestUri!.AbsolutePath, body, activity, request.Headers.Authorization?.ToString());
        _calls.Enqueue(call);
        var response = _outage != 0 ? Error((HttpStatusCode)_outage, null, null)
            : _script.TryDequeue(out var scripted) ? await scripted(call, cancellationToken)
            : Created();
        call.Status = (int)response.StatusCode;
        return response;
    }

    private static HttpResponseMessage Error(HttpStatusCode status, TimeSpan? retryAfter, string? errorCode)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { error = new { code = errorCode ?? status.ToString(), message = "scripted" } }),
                Encoding.UTF8, "application/json"),
        };
        if (retryAfter is { } wait) response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
        return response;
    }

    private HttpResponseMessage Created() => new(HttpStatusCode.Created)
    {
        Content = new StringContent($$"""{"id":"activity-{{Interlocked.Increment(ref _ids)}}"}""", Encoding.UTF8, "application/json"),
    };

    // Shared by the HttpClientFactory's handler chains: never disposed by them.
    protected override void Dispose(bool disposing) => base.Dispose(false);
}
