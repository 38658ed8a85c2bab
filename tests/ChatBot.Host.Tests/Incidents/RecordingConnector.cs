using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>The Bot Connector as the incident tests see it: records every request, answers 201 with an id.</summary>
public sealed class RecordingConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private int _ids;

    public IReadOnlyList<(string Path, string Body)> Calls => [.. _requests.Select(r => (r.Path, r.Body))];

    public string AllBodies => string.Join('\n', _requests.Select(r => r.Body));

    /// <summary>Activities posted to a conversation whose body contains <paramref name="text"/>.</summary>
    public IReadOnlyList<JsonObject> Activities(string text) =>
        [.. Calls.Where(c => c.Path.Contains("/activities", StringComparison.Ordinal) && c.Body.Contains(text, StringComparison.Ordinal))
            .Select(c => JsonNode.Parse(c.Body)!.AsObject())];

    /// <summary>Activities sent to the user's personal chat (known or created), in order.</summary>
    public IReadOnlyList<string> SentTo(string aad) =>
        [.. Calls.Where(c => c.Path.EndsWith($"/v3/conversations/a:created-{aad}/activities", StringComparison.Ordinal)
            || c.Path.EndsWith($"/v3/conversations/a:personal-{aad}/activities", StringComparison.Ordinal)).Select(c => c.Body)];

    /// <summary>Every request with its method and the id the connector answered.</summary>
    public IReadOnlyList<ConnectorRequest> Requests => [.. _requests];

    /// <summary>Activities updated in place (PUT) in the user's personal chat (known or created).</summary>
    public IReadOnlyList<ConnectorRequest> UpdatesTo(string aad) =>
        [.. _requests.Where(r => r.Method == "PUT" && (r.Path.Contains($"/v3/conversations/a:created-{aad}/activities/", StringComparison.Ordinal)
            || r.Path.Contains($"/v3/conversations/a:personal-{aad}/activities/", StringComparison.Ordinal)))];

    /// <summary>The id the connector gave the first activity sent to the user that contains <paramref name="text"/>.</summary>
    public string? SentIdTo(string aad, string text) =>
        _requests.FirstOrDefault(r => r.Method == "POST" && r.Body.Contains(text, StringComparison.Ordinal)
            && (r.Path.EndsWith($"/v3/conversations/a:created-{aad}/activities", StringComparison.Ordinal)
                || r.Path.EndsWith($"/v3/conversations/a:personal-{aad}/activities", StringComparison.Ordinal)))?.AnsweredId;

    /// <summary>Conversations created for a user (proactive first contact), by their AAD object id.</summary>
    public int CreatedFor(string aad) => Calls.Count(c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal) && c.Body.Contains(aad, StringComparison.Ordinal));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        var id = Interlocked.Increment(ref _ids);
        // A created conversation is named after its member, so later sends to it can be told apart.
        var conversationId = path.EndsWith("/v3/conversations", StringComparison.Ordinal) && JsonNode.Parse(body)?["members"]?[0]?["id"]?.ToString() is { } aad
            ? $"a:created-{aad}" : $"activity-{id}";
        _requests.Enqueue(new ConnectorRequest(request.Method.Method, Uri.UnescapeDataString(path), IncidentForms.Readable(body), conversationId));
        return new HttpResponseMessage(HttpStatusCode.Created)
        {
            Content = new StringContent($$"""{"id":"{{conversationId}}"}""", Encoding.UTF8, "application/json"),
        };
    }

    protected override void Dispose(bool disposing) => base.Dispose(false);
}

public sealed record ConnectorRequest(string Method, string Path, string Body, string AnsweredId);
