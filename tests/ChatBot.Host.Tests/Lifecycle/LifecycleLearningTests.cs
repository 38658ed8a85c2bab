using System.Net;
using ChatBot.Domain.CorrectiveActions;
using ChatBot.Domain.Time;
using ChatBot.Host.CorrectiveActions;
using ChatBot.Host.Features.Lifecycle;
using ChatBot.Host.Files;
using ChatBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.Lifecycle;

/// <summary>
/// Issue 14 §4: someone the organization file does not list (Lynne Robbins) walks the guide to learn instead of being
/// refused; every card says their answers are not recorded and who registers handlers (the sample file's admin), and
/// the walk is never an assessment: not in the managers' list, no workbook, no corrective actions.
/// </summary>
public sealed class LifecycleLearningTests : IAsyncDisposable
{
    private const string Registrar = "Alex Wilber (Playground default user)"; // the sample file's only admin
    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData("取扱いガイド", "ja-JP", "ja-JP")]
    [InlineData("取扱いガイド", "en-US", "ja-JP")] // Japanese typed in an English client: Japanese replies
    [InlineData("lifecycle guide", "en-US", "en-US")]
    public async Task Guide_PersonNotInTheFile_WalksInLearningModeToldWhoRegistersHandlers(string text, string clientLocale, string replyLocale)
    {
        var lynne = new LifecycleDriver(_app, LifecycleDriver.Lynne, clientLocale);

        var picker = Assert.Single(await lynne.SayAsync(text));

        var shown = CardJson.Text(picker);
        Assert.Contains(LifecycleTexts.Get("Learning_Title", replyLocale), shown);
        Assert.Contains(Registrar, shown);
        Assert.Contains(LifecycleTexts.Get("Learning_Text", replyLocale)[..12], shown);
        Assert.Contains(CardJson.Executes(picker), a => a["verb"]!.GetValue<string>() == LifecycleVerbs.Step);
    }

    [Fact]
    public async Task Walk_Finished_ReportWithoutWorkbookOrActions_NotInTheManagersList()
    {
        var lynne = new LifecycleDriver(_app, LifecycleDriver.Lynne);

        var (report, _, steps) = await lynne.WalkAsync("dispose", "dispose-electronic-file", (_, _) => "not_done");

        Assert.All(steps, s => Assert.Contains(LifecycleTexts.Get("Learning_Title", "ja-JP"), CardJson.Text(s)));
        Assert.Contains(LifecycleTexts.Get("Learning_Title", "ja-JP"), CardJson.Text(report));
        Assert.Null(CardJson.OpenUrl(report));
        Assert.Empty(CardJson.OfType(report, "Action.ShowCard"));
        var dialog = (await _app.Services.GetRequiredService<LifecycleDialogStore>().GetAsync(DialogId(report), default))!;
        Assert.True(dialog.Learning);
        Assert.Equal(ChatBot.Domain.Lifecycle.AssessmentStatus.Finished, dialog.Status);
        Assert.DoesNotContain(await _app.Services.GetRequiredService<LifecycleDialogStore>().ListFinishedAsync(500, default), a => a.Dialog.Id == dialog.Id);

        // The 個人情報保護管理者 sees everyone's assessments: Lynne's walk is not one of them.
        var list = Assert.Single(await new LifecycleDriver(_app, LifecycleDriver.Yamamoto).SayAsync("評価一覧"));
        Assert.DoesNotContain(LifecycleDriver.Lynne, list.ToJsonString());
    }

    [Fact]
    public async Task CreateAction_OnALearningReport_CreatesNothingEvenWithTheFormsData()
    {
        var lynne = new LifecycleDriver(_app, LifecycleDriver.Lynne);
        var (report, given, _) = await lynne.WalkAsync("dispose", "dispose-electronic-file", (_, _) => "not_done");
        var gap = given.Keys.First();
        var due = JapanTime.Today(TimeProvider.System).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var data = LifecycleVerbs.Data((await _app.Services.GetRequiredService<LifecycleDialogStore>().GetAsync(DialogId(report), default))!,
            ("countermeasure", gap));
        data[LifecycleVerbs.OwnerPrefix + gap] = LifecycleDriver.Lynne;
        data[LifecycleVerbs.DuePrefix + gap] = due;
        var answer = await lynne.InvokeAsync(LifecycleVerbs.CreateAction, data);

        Assert.Contains(LifecycleTexts.Get("Action_Learning", "ja-JP"), CardJson.Text(answer));
        var actions = await _app.Services.GetRequiredService<CorrectiveActionStore>().ListByOriginAsync(CorrectiveActionOrigin.Assessment, "", default);
        Assert.Empty(actions);
    }

    [Fact]
    public async Task Download_ASignedLinkToALearningWalk_IsNotFound()
    {
        var lynne = new LifecycleDriver(_app, LifecycleDriver.Lynne);
        var (report, _, _) = await lynne.WalkAsync("dispose", "dispose-electronic-file", (_, _) => "done");

        // Even a correctly signed link for the owner: there is no workbook of a learning walk.
        var link = await _app.Services.GetRequiredService<SignedLinks>().ForAssessmentAsync(DialogId(report), LifecycleDriver.Lynne, "ja-JP", default);
        using var response = await _app.CreateClient().GetAsync(new Uri(link.Url).PathAndQuery);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Guide_PersonInTheFile_HasNoLearningNotice()
    {
        var picker = await new LifecycleDriver(_app, LifecycleDriver.Megan).OpenGuideAsync();

        Assert.DoesNotContain(LifecycleTexts.Get("Learning_Title", "ja-JP"), CardJson.Text(picker));
    }

    private static string DialogId(System.Text.Json.Nodes.JsonObject card) =>
        CardJson.Executes(card).First()["data"]![LifecycleVerbs.DialogIdKey]!.GetValue<string>();
}
