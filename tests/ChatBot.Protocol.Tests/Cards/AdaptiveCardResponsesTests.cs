using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Protocol.Cards;
using ChatBot.Protocol.Schema;

namespace ChatBot.Protocol.Tests.Cards;

public class AdaptiveCardResponsesTests
{
    private static string Body(InvokeResponse response) => JsonSerializer.Serialize(response.Body, ProtocolJson.Options);

    [Fact]
    public void Card_WrapsCardWithStatusAndType()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

        var response = AdaptiveCardResponses.Card(card);

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","version":"1.5"}}""", Body(response));
        Assert.Null(card.Parent); // the caller's card stays reusable
    }

    [Fact]
    public void Message_UsesActivityMessageType() =>
        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Done"}""",
            Body(AdaptiveCardResponses.Message("Done")));

    [Fact]
    public void Error_StatusAndBodyAgree()
    {
        var response = AdaptiveCardResponses.Error(400, "UnknownVerb", "Not supported.");

        Assert.Equal(400, response.Status);
        Assert.Equal("""{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"UnknownVerb","message":"Not supported."}}""", Body(response));
    }

    [Fact]
    public void Empty_Is200WithoutBody()
    {
        var response = AdaptiveCardResponses.Empty();

        Assert.Equal(200, response.Status);
        Assert.Null(response.Body);
    }
}
