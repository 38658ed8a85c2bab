using System.Text.Json.Nodes;
using ChatBot.Domain.Audit;

namespace ChatBot.Domain.Tests.Audit;

public sealed class AuditDetailsTests
{
    [Fact]
    public void ToJson_MyNumberInNestedStrings_Masked()
    {
        var json = AuditDetails.ToJson(new { note = "番号 123456789018 を誤送信", items = new[] { "1234 5678 9018" }, count = 3 });
        Assert.DoesNotContain("123456789018", json);
        Assert.DoesNotContain("1234 5678 9018", json);
        Assert.Contains("\"count\":3", json);
        Assert.Contains("************", json);
    }

    [Fact]
    public void ToJson_JsonNodeAndNull_Handled()
    {
        Assert.Equal("{}", AuditDetails.ToJson(null));
        var node = new JsonObject { ["123456789018"] = "x" };
        Assert.DoesNotContain("123456789018", AuditDetails.ToJson(node));
        Assert.Equal("123456789018", node.Single().Key); // the caller's node is not changed
    }
}
