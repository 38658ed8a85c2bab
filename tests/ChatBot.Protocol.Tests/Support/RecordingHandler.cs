using System.Net;
using System.Text;

namespace ChatBot.Protocol.Tests.Support;

/// <summary>Records connector requests (method, URL, auth header, body) and answers from a queue, default 201 <c>{"id":"1"}</c>.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _responses = new();

    public List<RecordedRequest> Requests { get; } = [];

    public void Enqueue(HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? configure = null) =>
        _responses.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status);
            if (json is not null)
            {
                response.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            configure?.Invoke(response);
            return response;
        });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(request.Method, request.RequestUri!.AbsoluteUri, request.Headers.Authorization?.ToString(), body));
        return _responses.Count > 0
            ? _responses.Dequeue()()
            : new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("""{"id":"1"}""", Encoding.UTF8, "application/json") };
    }
}

internal sealed record RecordedRequest(HttpMethod Method, string Url, string? Authorization, string? Body);
