using System.Text.Json.Nodes;
using ChatBot.Domain.CorrectiveActions;
using ChatBot.Host.CorrectiveActions;
using ChatBot.Host.Features.Lifecycle;
using ChatBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.Lifecycle;

/// <summary>A gap of the report becomes a shared corrective action (owner, due date), once, by the handler who assessed only.</summary>
public sealed class GapCorrectiveActionTests : IAsyncDisposable
{
    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static string T(string key) => LifecycleTexts.Get(key, "ja-JP");

    private async Task<(LifecycleDriver Driver, JsonObject Report, string Countermeasure)> ReportAsync(string user = TeamsActivities.AlexWilber)
    {
        var driver = new LifecycleDriver(_app, user);
        var (report, _, _) = await driver.WalkAsync("dispose", "dispose-paper", (_, _) => "not_done");
        var first = CardJson.Executes(report).First(a => a["verb"]!.GetValue<string>() == LifecycleVerbs.CreateAction);
        return (driver, report, first["data"]!["countermeasure"]!.GetValue<string>());
    }

    [Fact]
    public async Task Gap_MadeACorrectiveAction_OnceEvenWhenClickedTwice()
    {
        var (driver, report, countermeasure) = await ReportAsync();

        var created = await driver.ClickAsync(report, LifecycleVerbs.CreateAction, ("countermeasure", countermeasure));
        var again = await driver.ClickAsync(report, LifecycleVerbs.CreateAction, ("countermeasure", countermeasure));

        var actions = await _app.Services.GetRequiredService<CorrectiveActionStore>().ListByOriginAsync(CorrectiveActionOrigin.Assessment, "");
        var action = Assert.Single(actions);
        Assert.EndsWith(":" + countermeasure, action.OriginReference, StringComparison.Ordinal);
        Assert.Equal(TeamsActivities.AlexWilber, action.OwnerAadObjectId);
        Assert.Equal("hr", action.DepartmentId);
        Assert.Contains(LifecycleTexts.Format("Action_Created", "ja-JP", action.Id), CardJson.Text(created));
        Assert.Contains(LifecycleTexts.Format("Action_Exists", "ja-JP", action.Id), CardJson.Text(again));
        Assert.DoesNotContain(CardJson.Executes(created), a => a["data"]?["countermeasure"]?.GetValue<string>() == countermeasure);
    }

    [Fact]
    public async Task Gap_WithAColleagueAsOwnerAndADueDate_IsStoredSo()
    {
        var (driver, report, countermeasure) = await ReportAsync();
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)).ToString("yyyy-MM-dd");

        await driver.ClickAsync(report, LifecycleVerbs.CreateAction, ("countermeasure", countermeasure),
            new Dictionary<string, string> { ["owner." + countermeasure] = LifecycleDriver.Megan, ["due." + countermeasure] = due });

        var action = Assert.Single(await _app.Services.GetRequiredService<CorrectiveActionStore>().ListByOwnerAsync(LifecycleDriver.Megan));
        Assert.Equal(due, action.DueDate.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("owner", "00000000-0000-0000-0000-0000000000022", "Action_BadOwner")]
    [InlineData("due", "2001-01-01", "Action_BadDue")]
    [InlineData("due", "not a date", "Action_BadDue")]
    public async Task Gap_WithBadInput_ComesBackWithTheMessageAndNothingIsCreated(string field, string value, string message)
    {
        var (driver, report, countermeasure) = await ReportAsync();

        var card = await driver.ClickAsync(report, LifecycleVerbs.CreateAction, ("countermeasure", countermeasure),
            new Dictionary<string, string> { [field + "." + countermeasure] = value });

        Assert.Contains(T(message), CardJson.Text(card));
        Assert.Empty(await _app.Services.GetRequiredService<CorrectiveActionStore>().ListByOriginAsync(CorrectiveActionOrigin.Assessment, ""));
    }

    [Fact]
    public async Task Gap_ClickedBySomeoneElse_IsRefused()
    {
        var (_, report, countermeasure) = await ReportAsync();

        var card = await new LifecycleDriver(_app, LifecycleDriver.Megan).ClickAsync(report, LifecycleVerbs.CreateAction, ("countermeasure", countermeasure));

        Assert.Contains(T("Action_NotAllowed"), CardJson.Text(card));
        Assert.Empty(await _app.Services.GetRequiredService<CorrectiveActionStore>().ListByOriginAsync(CorrectiveActionOrigin.Assessment, ""));
    }
}
