using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Protocol.Schema;

/// <summary>The single JSON configuration for everything on the Bot Framework wire.</summary>
public static class ProtocolJson
{
    /// <summary>camelCase, nulls omitted on write (the connector rejects some explicit nulls), lenient on read.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Teams sends numbers as numbers, but tolerate quoted ones rather than failing a whole turn.
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
