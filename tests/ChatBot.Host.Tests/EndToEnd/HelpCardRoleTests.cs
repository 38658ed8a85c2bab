using System.Text.Json.Nodes;
using ChatBot.Host.Resources;
using ChatBot.Host.Tests.Support;

namespace ChatBot.Host.Tests.EndToEnd;

/// <summary>
/// Issue 14 §4: the help card shows what the sender's roles let them do (decided from the organization file by their
/// AAD object id), in sections, everyone's first; a command whose handler would refuse them is not offered.
/// </summary>
public sealed class HelpCardRoleTests : IAsyncDisposable
{
    private const string Alex = TeamsActivities.AlexWilber;                   // HR handler, responsible manager, admin
    private const string Suzuki = TeamsActivities.MeganBowen;                 // HR handler
    private const string Tanaka = "00000000-0000-0000-0000-0000000000023";    // Accounting responsible manager
    private const string Yamamoto = "00000000-0000-0000-0000-0000000000024";  // privacy officer
    private const string Lynne = "00000000-0000-0000-0000-0000000000025";     // not in the organization file

    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    public static TheoryData<string, string, string[], string[], string[]> People() => new()
    {
        // user, locale, sections in order, titles that must show, titles that must not
        { Lynne, "ja-JP", ["Everyone"], ["Feature_Ask_Title", "Feature_Guide_Title", "Feature_ReportLeak_Title"], ["Inspection_Title", "Feature_Assessments_Title", "InspectionStart_Title"] },
        { Suzuki, "en-US", ["Everyone", "Handlers"], ["Inspection_Title", "Feature_CorrectiveActions_Title"], ["Feature_Assessments_Title", "Feature_Incidents_Title", "InspectionStatus_Title"] },
        { Tanaka, "ja-JP", ["Everyone", "Managers"], ["Inspection_Title", "Feature_Assessments_Title", "Feature_Incidents_Title"], ["InspectionStatus_Title", "Feature_Unanswered_Title", "InspectionStart_Title"] },
        { Yamamoto, "en-US", ["Everyone", "Managers"], ["InspectionStatus_Title", "Feature_Unanswered_Title", "Feature_Assessments_Title"], ["InspectionStart_Title", "Feature_Outbox_Title"] },
        { Alex, "ja-JP", ["Everyone", "Handlers", "Managers", "Admins"], ["InspectionStart_Title", "Feature_VerifyAudit_Title", "Feature_Outbox_Title", "InspectionStatus_Title"], [] },
    };

    [Theory]
    [MemberData(nameof(People))]
    public async Task Help_EachRole_SeesOnlyTheSectionsAndCommandsItMayUse(string user, string locale, string[] sections, string[] shown, string[] hidden)
    {
        var card = await HelpAsync(locale == "ja-JP" ? "ヘルプ" : "help", user, locale);

        var parsed = Sections(card);
        Assert.Equal(sections.Select(s => BotTexts.Get($"Help_Group_{s}", locale)), parsed.Select(s => s.Heading));
        var titles = parsed.SelectMany(s => s.Titles).ToList();
        foreach (var key in shown) Assert.Contains(BotTexts.Get(key, locale), titles);
        foreach (var key in hidden) Assert.DoesNotContain(BotTexts.Get(key, locale), titles);
        Assert.Equal(titles.Distinct(), titles); // each command once
    }

    [Fact]
    public async Task Help_ManagerWhoIsNotAHandler_FindsInspectionUnderManagers()
    {
        var parsed = Sections(await HelpAsync("help", Tanaka, "en-US"));

        Assert.Contains(BotTexts.Get("Inspection_Title", "en-US"), parsed.Single(s => s.Heading == BotTexts.Get("Help_Group_Managers", "en-US")).Titles);
    }

    [Fact]
    public async Task Help_JapaneseTypedInAnEnglishClient_JapaneseCardWithTheRolesNamed()
    {
        var card = await HelpAsync("ヘルプ", Alex, "en-US");

        var text = card.ToJsonString(Json.Unescaped);
        Assert.Contains(BotTexts.Get("Help_Group_Everyone", "ja-JP"), text);
        Assert.Contains(BotTexts.Format("Help_YourRoles", "ja-JP", "事務取扱担当者、事務取扱責任者、管理者"), text);
    }

    [Fact]
    public async Task Help_PersonNotInTheFile_IsToldSo()
    {
        var card = await HelpAsync("help", Lynne, "en-US");

        Assert.Contains(BotTexts.Get("Help_NotInFile", "en-US"), card.ToJsonString(Json.Unescaped));
    }

    private async Task<JsonObject> HelpAsync(string text, string user, string locale)
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(text, user, locale));
        return (JsonObject)ConversationFeatureTests.Card(Assert.Single(_app.Connector.Calls));
    }

    // Section headings are the emphasis containers; each command is the next containers' first (bold) TextBlock.
    internal static List<(string Heading, List<string> Titles)> Sections(JsonObject card)
    {
        var sections = new List<(string Heading, List<string> Titles)>();
        foreach (var container in card["body"]!.AsArray().OfType<JsonObject>().Where(e => e["type"]!.GetValue<string>() == "Container"))
        {
            var first = container["items"]![0]!["text"]!.GetValue<string>();
            if (container["style"]?.GetValue<string>() == "emphasis") sections.Add((first, []));
            else sections[^1].Titles.Add(first);
        }
        return sections;
    }
}
