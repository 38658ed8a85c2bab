using System.Text.Json;
using ChatBot.Host.Privacy;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Tests.Privacy;

public sealed class InboundGuardTests
{
    [Fact]
    public void Apply_MyNumberInsideNestedArraysAndObjects_MaskedEverywhere()
    {
        // Card data a forged card could send; masking it used to throw ("the node already has a parent"): HTTP 500.
        var activity = new Activity
        {
            Type = "invoke",
            Value = JsonSerializer.SerializeToElement(JsonDocument.Parse("""
                {"action":{"data":{"id":[["123456789018"]],"note":[{"text":"123456789018"}],"flat":"123456789018"}}}
                """).RootElement),
        };

        var masked = InboundGuard.Apply(activity, new SplitNumberWindow(TimeProvider.System));

        Assert.Equal(3, masked);
        Assert.DoesNotContain("123456789018", activity.Value!.Value.GetRawText(), StringComparison.Ordinal);
    }
}
