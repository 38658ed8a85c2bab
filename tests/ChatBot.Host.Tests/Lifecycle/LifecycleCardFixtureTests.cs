using System.Text.Json.Nodes;
using ChatBot.Host.Features.Lifecycle;
using ChatBot.Host.Tests.Support;

namespace ChatBot.Host.Tests.Lifecycle;

/// <summary>
/// Every card of the guide, as the bot really sends them, checked and written for the renderer (<see cref="CardFixtures"/>).
/// </summary>
public sealed class LifecycleCardFixtureTests : IAsyncDisposable
{
    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task EveryCard_Is15AndIsWrittenForTheRenderer()
    {
        var cards = new Dictionary<string, JsonObject>();
        var alex = new LifecycleDriver(_app);
        var picker = await alex.OpenGuideAsync();
        cards["lifecycle-01-step-picker"] = picker;
        var patterns = await alex.ClickAsync(picker, LifecycleVerbs.Step, ("step", "dispose"));
        cards["lifecycle-02-pattern-picker"] = patterns;
        var first = await alex.ClickAsync(patterns, LifecycleVerbs.Pattern, ("pattern", "dispose-electronic-file"), new Dictionary<string, string> { ["sme"] = "true" });
        cards["lifecycle-03-first-step"] = first;
        cards["lifecycle-04-resume"] = Assert.Single(await alex.SayAsync("取扱いガイド"));
        cards["lifecycle-05-cancelled"] = await alex.ClickAsync(first, LifecycleVerbs.Cancel);

        string[] mix = ["done", "partial", "not_done", "na", "not_done", "partial"];
        var (report, _, steps) = await new LifecycleDriver(_app, LifecycleDriver.Megan).WalkAsync("dispose", "dispose-electronic-file", (_, i) => mix[i % mix.Length]);
        cards["lifecycle-06-middle-step"] = steps[steps.Count / 2];
        cards["lifecycle-07-gap-report"] = report;
        var (english, _, _) = await new LifecycleDriver(_app, LifecycleDriver.Misaki, "en-US").WalkAsync("collect", "collect-in-person", (_, i) => mix[i % mix.Length]);
        cards["lifecycle-08-gap-report-en"] = english;
        cards["lifecycle-09-assessment-list"] = Assert.Single(await new LifecycleDriver(_app, LifecycleDriver.Yamamoto).SayAsync("評価一覧"));

        await CardFixtures.CheckAndWriteAsync(cards);
    }
}
