using System.Text.Json.Nodes;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace ChatBot.Host.Tests.Authorization;

/// <summary>
/// Issue 12, finding 7: whatever JSON a card's data fields hold, a verb never answers 500 and changes nothing unless the
/// data is what its card really sent; data of the wrong type is a 400 in the user's language.
/// </summary>
public sealed class CardDataTests(VerbWorld world, ITestOutputHelper output) : IClassFixture<VerbWorld>
{
    private const int SamplesPerVerb = 100;

    [Theory]
    [InlineData("""{"id":17,"version":1}""", "ja-JP", "読み取れなかった")]
    [InlineData("""{"version":4611686018427387904}""", "ja-JP", "読み取れなかった")]
    [InlineData("""{"id":17,"version":1}""", "en-US", "could not read")]
    [InlineData("""{"id":"CA-1","version":4611686018427387904}""", "en-US", "could not read")]
    public async Task Complete_WrongTypedIdOrOverflowingVersion_Is400InTheUsersLanguage(string data, string locale, string expected)
    {
        var (status, body) = await world.InvokeAsync("correctiveActions.complete", JsonNode.Parse(data)!.AsObject(), Role.Owner, locale);

        Assert.Equal(400, status);
        var answer = JsonNode.Parse(body)!;
        Assert.Equal((400, "application/vnd.microsoft.error"), ((int)answer["statusCode"]!, (string)answer["type"]!));
        Assert.Contains(expected, (string)answer["value"]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_RandomJsonInEveryDataFieldOfEveryVerb_No500AndNothingChanges()
    {
        var problems = new List<string>();
        foreach (var verb in world.Router.Verbs.Order(StringComparer.Ordinal))
        {
            if (VerbScenarios.Find(verb) is not { } scenario)
            {
                problems.Add($"{verb}: registered, but VerbScenarios has no row to build its card data");
                continue;
            }

            var target = await scenario.Arrange(world);
            var before = await world.StateAsync();
            var statuses = new Dictionary<int, int>();
            foreach (var (field, value) in Gen.Sample(Mutations(target), SamplesPerVerb, 30))
            {
                var data = (JsonObject)target.Data.DeepClone();
                data[field] = value?.DeepClone();
                var (status, body) = await world.InvokeAsync(verb, data, scenario.Actor);
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                var after = await world.StateAsync();
                if (status >= 500) problems.Add($"{verb} {field}={Short(value?.ToJsonString() ?? "null")}: HTTP {status} {Short(body)}");
                else if (after != before) problems.Add($"{verb} {field}={Short(value?.ToJsonString() ?? "null")}: changed state {before} -> {after}: {Short(body)}");
                before = after;
            }

            // The card's own data does change it: the refusals above were of the data, not of the clicker.
            if (scenario.ChangesState)
            {
                var (status, body) = await world.InvokeAsync(verb, target.Data, scenario.Actor);
                if (status != 200 || await world.StateAsync() == before) problems.Add($"{verb}: the card's own data changed nothing ({status}): {Short(body)}");
            }

            output.WriteLine($"{verb,-28} {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        }

        Assert.True(problems.Count == 0, string.Join("\n\n", problems.Take(20)));
    }

    // One field at a time: the bot's own fields (ids, versions, choices) get any JSON but their real value (and but
    // null, where absence means something else); inputs get arrays and objects only: any text is a legitimate answer.
    private static FsCheck.Gen<(string Field, JsonNode? Value)> Mutations(VerbTarget target) =>
        Gen.Elements(target.Data.Select(p => p.Key).ToArray()).SelectMany(field =>
            (target.FreeFields.Contains(field) ? JsonValues.Structure : JsonValues.Any)
                .Where(value => !JsonNode.DeepEquals(value, target.Data[field]) && (value is not null || !target.OptionalFields.Contains(field)))
                .Select(value => (field, value)));

    private static string Short(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
