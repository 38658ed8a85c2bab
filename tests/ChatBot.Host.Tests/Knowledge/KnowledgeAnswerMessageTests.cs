using System.Text.Json;
using ChatBot.Host.Features.Knowledge;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Tests.Knowledge;

public class KnowledgeAnswerMessageTests
{
    private static JsonElement Entity(Activity activity) =>
        JsonSerializer.SerializeToElement(activity, ProtocolJson.Options).GetProperty("entities")[0];

    [Fact]
    public void Build_Answer_CarriesCitationsAndFeedback()
    {
        var activity = KnowledgeAnswerMessage.Build(GroundedAnswerGeneratorTests.Extractive(), "ja-JP");
        var entity = Entity(activity);
        Assert.Equal(2, entity.GetProperty("citation").GetArrayLength());
        Assert.Equal("所得税法施行規則 第76条の3", entity.GetProperty("citation")[0].GetProperty("appearance").GetProperty("name").GetString());
        Assert.False(entity.TryGetProperty("additionalType", out _));
        Assert.True(activity.ChannelData!["feedbackLoopEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public void Build_Generated_IsLabelledAiGenerated()
    {
        var activity = KnowledgeAnswerMessage.Build(GroundedAnswerGeneratorTests.Extractive(), "ja-JP", aiGenerated: true);
        Assert.Contains("AIGeneratedContent", Entity(activity).GetProperty("additionalType").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Abstention_HasNoCitationAndListsSuggestions()
    {
        var abstention = GroundedAnswerGeneratorTests.Extractive() with { Found = false, Citations = [], Text = "回答がありません", Suggestions = ["保管のしかた"] };
        var activity = KnowledgeAnswerMessage.Build(abstention, "ja-JP");
        Assert.True(activity.Entities is null || activity.Entities.Count == 0);
        Assert.Contains("- 保管のしかた", activity.Text, StringComparison.Ordinal);
    }
}
