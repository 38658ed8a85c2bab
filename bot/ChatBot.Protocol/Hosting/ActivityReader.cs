using System.Text.Json;
using ChatBot.Protocol.Schema;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Protocol.Hosting;

/// <summary>Reads the request body within a size limit and turns it into an <see cref="Activity"/> or a reason why not.</summary>
internal static class ActivityReader
{
    /// <summary>The body, or null when it exceeds <paramref name="limit"/> (checked while reading: Content-Length may be absent).</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static (Activity? Activity, string? Error) Parse(byte[] body)
    {
        try
        {
            // A name twice in one object is ambiguous (which one did the client mean?) and would make every later read
            // of that object throw: refuse it here, as malformed JSON.
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64, AllowDuplicateProperties = false });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "The body is not a JSON object.");
            }

            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(type.GetString()))
            {
                return (null, "The activity has no type.");
            }

            var activity = root.Deserialize<Activity>(ProtocolJson.Options);
            return activity is null ? (null, "The activity is empty.") : RoutingError(activity) is { } error ? (null, error) : (activity, null);
        }
        catch (JsonException)
        {
            return (null, "The body is not valid JSON or a field has the wrong shape.");
        }
    }

    /// <summary>
    /// Every reply and proactive send is addressed by serviceUrl + conversation id: an activity without them cannot be
    /// answered, and a serviceUrl that is not an http(s) URL is never one a channel sends.
    /// </summary>
    private static string? RoutingError(Activity activity)
    {
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || serviceUrl.Scheme is not ("https" or "http") || string.IsNullOrEmpty(serviceUrl.Host))
        {
            return "The activity has no valid serviceUrl.";
        }

        return string.IsNullOrWhiteSpace(activity.Conversation?.Id) ? "The activity has no conversation id." : null;
    }
}
