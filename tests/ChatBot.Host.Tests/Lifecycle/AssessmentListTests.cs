using ChatBot.Host.Features.Lifecycle;
using ChatBot.Host.Tests.Support;

namespace ChatBot.Host.Tests.Lifecycle;

/// <summary>評価一覧: a responsible manager sees their own department's handlers only; the privacy officer sees all; handlers none.</summary>
public sealed class AssessmentListTests : IAsyncDisposable
{
    private const string Suzuki = "鈴木 一郎";   // Megan's id: HR handler
    private const string Takahashi = "高橋 美咲"; // Accounting handler
    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task TwoDepartmentsAssessedAsync()
    {
        await new LifecycleDriver(_app, LifecycleDriver.Megan).WalkAsync("dispose", "dispose-paper", (_, i) => i % 2 == 0 ? "not_done" : "done");
        await new LifecycleDriver(_app, LifecycleDriver.Misaki).WalkAsync("use", "use-system", (_, _) => "partial");
    }

    [Fact]
    public async Task HrManager_SeesHrHandlersOnly()
    {
        await TwoDepartmentsAssessedAsync();

        var card = Assert.Single(await new LifecycleDriver(_app, TeamsActivities.AlexWilber).SayAsync("評価一覧"));

        var text = CardJson.Text(card);
        Assert.Contains(Suzuki, text);
        Assert.Contains("廃棄／紙", text);
        Assert.DoesNotContain(Takahashi, text);
        Assert.DoesNotContain("利用", text);
    }

    [Fact]
    public async Task AccountingManager_SeesNothingOfHr()
    {
        await TwoDepartmentsAssessedAsync();

        var card = Assert.Single(await new LifecycleDriver(_app, LifecycleDriver.Tanaka).SayAsync("assessments"));

        var text = CardJson.Text(card);
        Assert.Contains(Takahashi, text);
        Assert.DoesNotContain(Suzuki, text);
        Assert.DoesNotContain("廃棄", text);
        Assert.Single(CardJson.OfType(card, "Action.OpenUrl"));
    }

    [Fact]
    public async Task AccountingManager_WithAnHrDownloadLinkRewrittenToThem_IsRefused()
    {
        await TwoDepartmentsAssessedAsync();
        var hrCard = Assert.Single(await new LifecycleDriver(_app, TeamsActivities.AlexWilber).SayAsync("評価一覧"));
        var url = CardJson.OpenUrl(hrCard)!.Replace(Uri.EscapeDataString(TeamsActivities.AlexWilber), LifecycleDriver.Tanaka, StringComparison.Ordinal);

        using var response = await _app.CreateClient().GetAsync(new Uri(url).PathAndQuery);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PrivacyOfficer_SeesEveryDepartment()
    {
        await TwoDepartmentsAssessedAsync();

        var card = Assert.Single(await new LifecycleDriver(_app, LifecycleDriver.Yamamoto).SayAsync("評価一覧"));

        Assert.Contains(Suzuki, CardJson.Text(card));
        Assert.Contains(Takahashi, CardJson.Text(card));
    }

    [Fact]
    public async Task Handler_IsToldTheListIsForManagers()
    {
        await TwoDepartmentsAssessedAsync();

        var replies = await new LifecycleDriver(_app, LifecycleDriver.Megan).SayAsync("評価一覧");

        Assert.Empty(replies);
        Assert.Single(_app.Connector.Sends(LifecycleTexts.Get("List_NotManager", "ja-JP")));
    }
}
