using System.Text.Json.Nodes;
using ChatBot.Host.Features.Conversation;
using ChatBot.Host.Tests.Support;
using ChatBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.EndToEnd;

/// <summary>Every command the Teams app package offers in its menus is one the bot understands, in both languages.</summary>
public sealed class ManifestCommandsTests : IAsyncDisposable
{
    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    public static TheoryData<string, string, string> ManifestTitles()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "ChatBot.sln"))) dir = dir.Parent;
        var commands = JsonNode.Parse(File.ReadAllText(Path.Combine(dir.FullName, "manifest", "commands.json")))!["commands"]!.AsArray();
        var data = new TheoryData<string, string, string>();
        foreach (var command in commands)
            foreach (var lang in new[] { "ja", "en" })
                data.Add(command!["id"]!.GetValue<string>(), lang, command[lang]!["title"]!.GetValue<string>());
        return data;
    }

    [Theory]
    [MemberData(nameof(ManifestTitles))]
    public void ManifestCommand_TitleInEachLanguage_IsACommandTheBotUnderstands(string id, string language, string title)
    {
        _ = _app.Server; // builds the host and its features
        var commands = _app.Services.GetServices<IBotFeature>().OfType<IBotCommandSource>().SelectMany(s => s.Commands).ToList();

        var command = commands.SingleOrDefault(c => c.Matches(title));

        Assert.True(command is not null, $"The manifest's {language} title '{title}' of '{id}' matches no bot command.");
        Assert.Equal(id, command.Id);
    }
}
