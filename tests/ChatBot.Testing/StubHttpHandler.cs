using System.Net;
using System.Text;

namespace ChatBot.Testing;

/// <summary>Serves fixed JSON documents by absolute URL; anything else is a 404. No network is ever used.</summary>
public sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly Dictionary<string, string> _documents = new(StringComparer.OrdinalIgnoreCase);

    public int RequestCount { get; private set; }

    public void Serve(string url, string json) => _documents[url] = json;

    public string Remove(string url) => _documents.Remove(url, out var json) ? json : throw new KeyNotFoundException(url);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RequestCount++;
        var response = _documents.TryGetValue(request.RequestUri!.AbsoluteUri, out var json)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") }
            : new HttpResponseMessage(HttpStatusCode.NotFound);
        return Task.FromResult(response);
    }
}
