using System.Text.Json;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Schema;
using ChatBot.Protocol.Tests.Support;

namespace ChatBot.Protocol.Tests.Cards;

public class CardActivityExtensionsTests
{
    [Fact]
    public void GetAdaptiveCardAction_ActionExecute_ReadsVerbDataTriggerAndId()
    {
        var activity = TestPayloads.Activity("invoke-adaptive-card-action");

        var action = activity.GetAdaptiveCardAction();

        Assert.NotNull(action);
        Assert.Equal("incidents.acknowledge", action.Verb);
        Assert.Equal("manual", action.Trigger);
        Assert.Equal("ackButton", action.Id);
        Assert.Equal("INC-042", action.Data.RequiredString("incidentId"));
        Assert.Equal("On it", action.Data.OptionalInput("comment"));
        Assert.Equal("1727748950000", activity.ReplyToId);
    }

    [Fact]
    public void GetAdaptiveCardAction_OtherActivities_ReturnNull()
    {
        Assert.Null(TestPayloads.Activity("invoke-feedback").GetAdaptiveCardAction());
        Assert.Null(TestPayloads.Activity("personal-message").GetAdaptiveCardAction());
        var noVerb = new Activity
        {
            Type = "invoke", Name = "adaptiveCard/action",
            Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute" } }),
        };
        Assert.Null(noVerb.GetAdaptiveCardAction());
    }

    [Fact]
    public void GetSubmitValue_LegacySubmit_ReturnsValueObject()
    {
        var value = TestPayloads.Activity("message-submit-legacy").GetSubmitValue();

        Assert.NotNull(value);
        Assert.Equal("INC-042", value["incidentId"]!.GetValue<string>());
    }

    [Fact]
    public void GetSubmitValue_TextMessage_ReturnsNull() =>
        Assert.Null(TestPayloads.Activity("personal-message").GetSubmitValue());

    [Fact]
    public void GetFeedback_Dislike_ReadsReactionTextAndReplyToId()
    {
        var feedback = TestPayloads.Activity("invoke-feedback").GetFeedback();

        Assert.Equal(new FeedbackInvoke("dislike", "The answer cited an old form.", "1727748960000"), feedback);
    }

    [Theory]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":""}}""", "like", null)]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"not json"}}""", "like", "not json")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":{"feedbackText":"ok"}}}""", "like", "ok")]
    public void GetFeedback_VariousFeedbackShapes(string value, string reaction, string? text)
    {
        var activity = new Activity { Type = "invoke", Name = "message/submitAction", Value = JsonDocument.Parse(value).RootElement.Clone() };

        Assert.Equal(new FeedbackInvoke(reaction, text, null), activity.GetFeedback());
    }

    [Fact]
    public void GetFeedback_UnknownReaction_ReturnsNull()
    {
        var activity = new Activity
        {
            Type = "invoke", Name = "message/submitAction",
            Value = JsonDocument.Parse("""{"actionName":"feedback","actionValue":{"reaction":"meh"}}""").RootElement.Clone(),
        };

        Assert.Null(activity.GetFeedback());
    }
}
