using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Host.Features.Incidents;

/// <summary>How the report, steps and notes are stored (enums by name, so a reordered enum never changes old rows).</summary>
internal static class IncidentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is empty.");
}
