using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Protocol.Schema;

namespace ChatBot.Protocol.Tests.Schema;

public class MessageBuilderTests
{
    private static JsonNode ToJson(Activity activity) => JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

    [Fact]
    public void Text_IsMarkdownMessageWithLocaleAndSummary()
    {
        var json = ToJson(MessageBuilder.Text("**hi**").WithLocale("ja-JP").WithSummary("hi").Build());

        Assert.Equal("""{"type":"message","textFormat":"markdown","locale":"ja-JP","text":"**hi**","summary":"hi"}""", json.ToJsonString());
    }

    [Fact]
    public void Card_AddsAdaptiveCardAttachmentCopy()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

        var activity = MessageBuilder.Card(card).Build();

        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.True(JsonNode.DeepEquals(card, attachment.Content));
        Assert.Null(card.Parent);
    }

    [Fact]
    public void Typing_IsTypingActivity() => Assert.Equal("typing", MessageBuilder.Typing().Type);

    [Fact]
    public void WithCitations_AddsSingleRootMessageEntityInTeamsShape()
    {
        var activity = MessageBuilder.Text("Bring ID [1].")
            .WithCitations([new Citation(1, "Guide", "How to apply", "https://example.org/guide", ["forms"])], aiGenerated: true)
            .WithFeedbackLoop()
            .Build();

        var json = ToJson(activity);
        var entity = Assert.Single(json["entities"]!.AsArray())!;
        var expected = JsonNode.Parse("""
            {"type":"https://schema.org/Message","@type":"Message","@context":"https://schema.org","@id":"",
             "additionalType":["AIGeneratedContent"],
             "citation":[{"@type":"Claim","position":1,"appearance":{"@type":"DigitalDocument","name":"Guide",
               "abstract":"How to apply","url":"https://example.org/guide","keywords":["forms"]}}]}
            """);
        Assert.True(JsonNode.DeepEquals(expected, entity), entity.ToJsonString());
        Assert.True(json["channelData"]!["feedbackLoopEnabled"]!.GetValue<bool>());
        Assert.Null(json["channelData"]!["feedbackLoop"]);
    }

    [Fact]
    public void WithCitations_TruncatesToTeamsLimits()
    {
        var citations = Enumerable.Range(1, 25).Select(i => new Citation(i, new string('n', 100), new string('a', 200), null,
            ["k1", new string('k', 40), "k3", "k4"]));

        var entity = ToJson(MessageBuilder.Text("x").WithCitations(citations, aiGenerated: false).Build())["entities"]![0]!;

        var list = entity["citation"]!.AsArray();
        Assert.Equal(20, list.Count);
        var appearance = list[0]!["appearance"]!;
        Assert.Equal(80, appearance["name"]!.GetValue<string>().Length);
        Assert.EndsWith("…", appearance["name"]!.GetValue<string>());
        Assert.Equal(160, appearance["abstract"]!.GetValue<string>().Length);
        var keywords = appearance["keywords"]!.AsArray().Select(k => k!.GetValue<string>()).ToList();
        Assert.Equal(3, keywords.Count);
        Assert.All(keywords, k => Assert.True(k.Length <= 28));
        Assert.Null(entity["additionalType"]);
        Assert.Null(appearance["url"]);
    }

    [Fact]
    public void WithCitations_DuplicatePositions_Throw() =>
        Assert.Throws<ArgumentException>(() => MessageBuilder.Text("x")
            .WithCitations([new Citation(1, "a", "b"), new Citation(1, "c", "d")], aiGenerated: true).Build());

    [Fact]
    public void Truncate_DoesNotSplitSurrogatePairs()
    {
        var value = string.Concat(Enumerable.Repeat("😀", 50)); // 100 UTF-16 units

        var cut = CitationEntity.Truncate(value, 80);

        Assert.True(cut.Length <= 80);
        Assert.False(char.IsHighSurrogate(cut[^2]));
    }
}
