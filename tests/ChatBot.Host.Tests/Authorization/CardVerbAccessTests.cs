using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Host.Storage;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChatBot.Host.Tests.Authorization;

/// <summary>
/// Issue 12, finding 3: whoever clicks, a card verb shows a thing's data only to the people the organization file lets
/// see it, whatever the card data names. Every verb the router has, as every role.
/// </summary>
public sealed class CardVerbAccessTests(VerbWorld world, ITestOutputHelper output) : IClassFixture<VerbWorld>
{
    [Fact]
    public void Scenarios_EveryRouteTheRouterHas_HasOne()
    {
        var router = world.Router;

        Assert.Equal(router.Verbs.Order(StringComparer.OrdinalIgnoreCase), VerbScenarios.All.Select(s => s.Verb).Order(StringComparer.OrdinalIgnoreCase));
        // No invoke is routed by name today; one that is needs a row in this audit too.
        Assert.Empty(router.NamedInvokes);
        // Feedback is routed: Feedback_EveryRole_AnswersEmptyWithNothingOfTheAnswer covers it.
        Assert.True(router.HandlesFeedback);
    }

    [Fact]
    public async Task Invoke_EveryVerbAsEveryRole_OnlyThoseAllowedGetTheData()
    {
        var problems = new List<string>();
        var table = new StringBuilder($"{"verb",-28}{string.Concat(Enum.GetValues<Role>().Select(r => $"{r,-24}"))}\n");
        foreach (var verb in world.Router.Verbs.Order(StringComparer.Ordinal))
        {
            if (VerbScenarios.Find(verb) is not { } scenario)
            {
                problems.Add($"{verb}: registered, but VerbScenarios has no row saying who may see what it shows");
                continue;
            }

            table.Append($"{verb,-28}");
            foreach (var role in Enum.GetValues<Role>())
            {
                var target = await scenario.Arrange(world); // a fresh thing each time: an earlier click cannot change the answer
                var (status, body) = await world.InvokeAsync(verb, target.Data, role);
                var seen = body.Contains(target.Marker, StringComparison.Ordinal);
                var allowed = scenario.Sees.Contains(role);
                table.Append($"{(seen ? "data" : "refused"),-24}");
                if (status != 200 || body.Length == 0) problems.Add($"{verb} as {role}: HTTP {status} {body}");
                else if (seen != allowed) problems.Add($"{verb} as {role}: expected {(allowed ? "the data" : "a refusal")}, got {body}");
            }

            table.AppendLine();
        }

        output.WriteLine(table.ToString());
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    [Fact]
    public async Task Invoke_EveryGuideVerbOnALearningWalk_OnlyTheLearnerGetsItAndNoActionIsCreated()
    {
        // Every lifecycle verb the router has has a learning row.
        Assert.Equal(world.Router.Verbs.Where(v => v.StartsWith("lifecycle.", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            VerbScenarios.Learning.Select(s => s.Verb).Order(StringComparer.Ordinal));

        var problems = new List<string>();
        foreach (var scenario in VerbScenarios.Learning)
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                var target = await scenario.Arrange(world);
                var before = await world.StateAsync();
                var (status, body) = await world.InvokeAsync(scenario.Verb, target.Data, role);
                var seen = body.Contains(target.Marker, StringComparison.Ordinal);
                var allowed = scenario.Sees.Contains(role);
                if (status != 200 || body.Length == 0) problems.Add($"{scenario.Verb} as {role}: HTTP {status} {body}");
                else if (seen != allowed) problems.Add($"{scenario.Verb} as {role}: expected {(allowed ? "the data" : "a refusal")}, got {body}");
                if ((role != scenario.Actor || !scenario.ChangesState) && await world.StateAsync() != before)
                    problems.Add($"{scenario.Verb} as {role}: changed state");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    [Fact]
    public async Task Feedback_EveryRole_AnswersEmptyWithNothingOfTheAnswer()
    {
        // The owner asks; the answer is recorded under the id the connector gave the bot's reply.
        await world.App.SendAsync(world.App.Activities.PersonalMessage("マイナンバーの保管期間は？", VerbWorld.AadOf(Role.Owner)));
        await using var connection = await world.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        var answerId = await connection.QuerySingleAsync<string>("SELECT activity_id FROM knowledge_answers WHERE user_aad_object_id = 'aad-owner' LIMIT 1");

        foreach (var role in Enum.GetValues<Role>())
        {
            var activity = world.App.Activities.CardAction("unused.verb", null, VerbWorld.AadOf(role), "en-US");
            activity["name"] = "message/submitAction";
            activity["replyToId"] = answerId;
            activity["value"] = new JsonObject
            {
                ["actionName"] = "feedback",
                ["actionValue"] = new JsonObject { ["reaction"] = "like", ["feedback"] = """{"feedbackText":"ok"}""" },
            };
            using var response = await world.App.PostAsync(activity);

            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("", await response.Content.ReadAsStringAsync());
        }
    }
}
