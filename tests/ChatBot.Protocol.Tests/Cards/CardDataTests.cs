using System.Text.Json.Nodes;
using ChatBot.Protocol.Cards;

namespace ChatBot.Protocol.Tests.Cards;

public class CardDataTests
{
    private static CardData Data(string json) => new(JsonNode.Parse(json)!.AsObject());

    [Fact]
    public void RequiredStringAndInt_WellTyped_ReturnTheValues()
    {
        var data = Data("""{"id":"CA-17","version":4}""");

        Assert.Equal(("CA-17", 4), (data.RequiredString("id"), data.RequiredInt("version")));
    }

    [Theory]
    [InlineData("""{"id":17}""", CardDataProblem.WrongType)]
    [InlineData("""{"id":["a"]}""", CardDataProblem.WrongType)]
    [InlineData("""{"id":{"a":1}}""", CardDataProblem.WrongType)]
    [InlineData("""{"id":true}""", CardDataProblem.WrongType)]
    [InlineData("""{"id":null}""", CardDataProblem.Missing)]
    [InlineData("""{"id":"  "}""", CardDataProblem.Missing)]
    [InlineData("""{}""", CardDataProblem.Missing)]
    public void RequiredString_WrongTypeOrMissing_Throws(string json, CardDataProblem problem)
    {
        var e = Assert.Throws<InvalidCardDataException>(() => Data(json).RequiredString("id"));

        Assert.Equal(("id", problem), (e.Field, e.Problem));
    }

    [Theory]
    [InlineData("""{"version":4611686018427387904}""", CardDataProblem.OutOfRange)]
    [InlineData("""{"version":2147483648}""", CardDataProblem.OutOfRange)]
    [InlineData("""{"version":1.5}""", CardDataProblem.OutOfRange)]
    [InlineData("""{"version":1e400}""", CardDataProblem.OutOfRange)]
    [InlineData("""{"version":"4"}""", CardDataProblem.WrongType)]
    [InlineData("""{"version":[4]}""", CardDataProblem.WrongType)]
    [InlineData("""{"version":false}""", CardDataProblem.WrongType)]
    [InlineData("""{}""", CardDataProblem.Missing)]
    public void RequiredInt_WrongTypeOverflowOrMissing_Throws(string json, CardDataProblem problem)
    {
        var e = Assert.Throws<InvalidCardDataException>(() => Data(json).RequiredInt("version"));

        Assert.Equal(("version", problem), (e.Field, e.Problem));
    }

    [Fact]
    public void OptionalReads_AbsentOrNull_AreNull()
    {
        var data = Data("""{"a":null}""");

        Assert.Equal((null, null, null), (data.OptionalString("a"), data.OptionalInt("b"), data.OptionalInput("a")));
    }

    [Fact]
    public void OptionalInput_Scalars_ReadAsTextAndStructuresThrow()
    {
        // Most clients send every input as a string; some send an Input.Number as a number, a toggle as a boolean.
        var data = Data("""{"text":"yes","number":12,"toggle":true,"list":["a"],"object":{}}""");

        Assert.Equal(("yes", "12", "true"), (data.OptionalInput("text"), data.OptionalInput("number"), data.OptionalInput("toggle")));
        Assert.Throws<InvalidCardDataException>(() => data.OptionalInput("list"));
        Assert.Throws<InvalidCardDataException>(() => data.OptionalInput("object"));
    }

    [Fact]
    public void InputsStartingWith_ReturnsSuffixesAndTexts_AndThrowsOnAStructure()
    {
        Assert.Equal([("q1", "yes"), ("q2", null)], Data("""{"a_q1":"yes","a_q2":null,"r_q1":"x"}""").InputsStartingWith("a_"));
        Assert.Throws<InvalidCardDataException>(() => Data("""{"a_q1":[1]}""").InputsStartingWith("a_"));
    }
}
