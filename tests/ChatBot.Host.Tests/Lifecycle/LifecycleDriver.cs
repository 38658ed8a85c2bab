using System.Text.Json.Nodes;
using ChatBot.Host.Features.Lifecycle;
using ChatBot.Host.Tests.Support;

namespace ChatBot.Host.Tests.Lifecycle;

/// <summary>
/// Drives the guide over the real endpoint like Teams does: messages post to /api/messages, card clicks are
/// <c>adaptiveCard/action</c> invokes whose data is the action's data merged with the card's input values.
/// </summary>
internal sealed class LifecycleDriver(BotApplication app, string user = TeamsActivities.AlexWilber, string locale = "ja-JP")
{
    public const string Megan = TeamsActivities.MeganBowen;          // handler, HR
    public const string Misaki = "00000000-0000-0000-0000-0000000000022"; // handler, Accounting
    public const string Tanaka = "00000000-0000-0000-0000-0000000000023"; // responsible manager, Accounting
    public const string Yamamoto = "00000000-0000-0000-0000-0000000000024"; // privacy officer
    public const string Lynne = "00000000-0000-0000-0000-0000000000025"; // not in the organization file

    public string User => user;

    public string Locale => locale;

    /// <summary>Sends a message and returns the cards the bot sent back (in order).</summary>
    public async Task<IReadOnlyList<JsonObject>> SayAsync(string text)
    {
        var before = app.Connector.Calls.Count;
        await app.SendAsync(app.Activities.PersonalMessage(text, user, locale));
        var conversation = Uri.EscapeDataString(TeamsActivities.PersonalConversationId(user));
        return [.. app.Connector.Calls.Skip(before).Where(c => c.Path.Contains(conversation, StringComparison.Ordinal))
            .Select(c => JsonNode.Parse(c.Body)!["attachments"]?[0]?["content"])
            .OfType<JsonObject>()];
    }

    public async Task<JsonObject> OpenGuideAsync(string text = "取扱いガイド") => Assert.Single(await SayAsync(text));

    /// <summary>Clicks the card's Action.Execute with <paramref name="verb"/> (and, if given, data[key] == value), sending <paramref name="inputs"/>.</summary>
    public Task<JsonObject> ClickAsync(JsonObject card, string verb, (string Key, string Value)? match = null, IDictionary<string, string>? inputs = null)
    {
        var action = CardJson.Executes(card).FirstOrDefault(a => a["verb"]?.GetValue<string>() == verb
            && (match is null || a["data"]?[match.Value.Key]?.GetValue<string>() == match.Value.Value))
            ?? throw new InvalidOperationException($"No {verb} {match} on the card: {card.ToJsonString()}");
        var data = (JsonObject)action["data"]!.DeepClone();
        foreach (var (key, value) in CardJson.InputValues(card)) data[key] ??= value;
        foreach (var (key, value) in inputs ?? new Dictionary<string, string>()) data[key] = value;
        return InvokeAsync(verb, data);
    }

    public async Task<JsonObject> InvokeAsync(string verb, JsonObject data)
    {
        var response = await app.SendAsync(app.Activities.CardAction(verb, data, user, locale));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return (JsonObject)body["value"]!;
    }

    /// <summary>Walks step → pattern → every process step (answering with <paramref name="answer"/>) → the gap report.</summary>
    public async Task<(JsonObject Report, Dictionary<string, string> Given, List<JsonObject> StepCards)> WalkAsync(
        string stepId, string patternId, Func<string, int, string> answer, bool? sme = null)
    {
        var card = await OpenGuideAsync();
        card = await ClickAsync(card, LifecycleVerbs.Step, ("step", stepId));
        card = await ClickAsync(card, LifecycleVerbs.Pattern, ("pattern", patternId),
            sme is null ? null : new Dictionary<string, string> { ["sme"] = sme.Value ? "true" : "false" });
        var given = new Dictionary<string, string>();
        var steps = new List<JsonObject>();
        var index = 0;
        while (CardJson.Executes(card).Any(a => a["verb"]?.GetValue<string>() == LifecycleVerbs.Next))
        {
            steps.Add(card);
            var inputs = new Dictionary<string, string>();
            foreach (var id in CardJson.InputIds(card).Where(i => i.StartsWith(LifecycleVerbs.AnswerPrefix, StringComparison.Ordinal)))
            {
                var countermeasure = id[LifecycleVerbs.AnswerPrefix.Length..];
                var value = answer(countermeasure, index++);
                inputs[id] = value;
                given[countermeasure] = value;
            }
            card = await ClickAsync(card, LifecycleVerbs.Next, inputs: inputs);
        }
        return (card, given, steps);
    }
}
