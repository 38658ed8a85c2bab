using System.Text.Json;

namespace ChatBot.Protocol.Clients;

/// <summary>Reads the connector's <c>{"error":{"code","message"}}</c> body; any other body yields nulls.</summary>
internal static class ConnectorError
{
    public static async Task<(string? Code, string? Message)> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (bytes.Length == 0)
            {
                return (null, null);
            }

            using var doc = JsonDocument.Parse(bytes);
            if (doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return (Read(error, "code"), Read(error, "message"));
            }
        }
        catch (JsonException)
        {
            // Proxies and gateways answer with HTML; the status code is all we have then.
        }

        return (null, null);
    }

    private static string? Read(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
