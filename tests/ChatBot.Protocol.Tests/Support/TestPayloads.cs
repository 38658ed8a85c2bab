using System.Text.Json;
using ChatBot.Protocol.Schema;

namespace ChatBot.Protocol.Tests.Support;

/// <summary>Reads the captured Teams payloads in <c>TestData/</c>.</summary>
internal static class TestPayloads
{
    public static string Json(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name + ".json"));

    public static Activity Activity(string name) =>
        JsonSerializer.Deserialize<Activity>(Json(name), ProtocolJson.Options)
        ?? throw new InvalidOperationException($"TestData/{name}.json is empty.");
}
