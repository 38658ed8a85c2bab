using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace ChatBot.Host.Tests.Authorization;

/// <summary>Any JSON a forged or broken card could send: every kind, edge-case numbers and strings, nesting.</summary>
internal static class JsonValues
{
    private static readonly string[] Numbers =
    [
        "0", "1", "-1", "2", "2147483647", "2147483648", "-2147483649", "4611686018427387904", "9223372036854775807",
        "18446744073709551616", "1.5", "-0", "1e3", "1e400", "-1e400", "0.0000001",
    ];

    private static readonly string[] Texts =
    [
        "", " ", "0", "1", "2", "-1", "2147483648", "null", "true", "[]", "{}", "aad-owner", "FY2026-Q3", "点検", "123456789018",
        new string('x', 5000),
    ];

    /// <summary>A scalar: null, a boolean, a number (small, huge, fractional, out of every range) or a string.</summary>
    public static Gen<JsonNode?> Scalar { get; } = Gen.OneOf(
        Gen.Constant<JsonNode?>(null),
        Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Choose(-1000, 1000).Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Elements(Numbers).Select(n => JsonNode.Parse(n)),
        Gen.Elements(Texts).Select(t => (JsonNode?)JsonValue.Create(t)),
        Gen.Choose(0x20, 0xD7FF).Select(c => (char)c).ArrayOf().Select(chars => (JsonNode?)JsonValue.Create(new string(chars))));

    /// <summary>An array or an object, nested up to three levels.</summary>
    public static Gen<JsonNode?> Structure { get; } = Nested(3);

    public static Gen<JsonNode?> Any { get; } = Gen.Frequency((3, Scalar), (1, Structure));

    private static Gen<JsonNode?> Nested(int depth)
    {
        var element = depth <= 1 ? Scalar : Gen.OneOf(Scalar, Nested(depth - 1));
        var array = Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(element, n)).Select(items =>
            (JsonNode?)new JsonArray([.. items.Select(i => i?.DeepClone())]));
        var key = Gen.Elements("id", "version", "v", "ref", "a", "");
        var obj = Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(key.SelectMany(k => element.Select(v => (k, v))), n)).Select(pairs =>
        {
            var o = new JsonObject();
            foreach (var (k, v) in pairs) o[k] = v?.DeepClone();
            return (JsonNode?)o;
        });
        return Gen.OneOf(array, obj);
    }
}
