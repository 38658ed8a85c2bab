using System.Net;
using ChatBot.Domain.Time;
using ChatBot.Host.Features.Inspections;
using ChatBot.Host.Tests.Outbox;
using ChatBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Host.Tests.Inspections.InspectionTestKit;

namespace ChatBot.Host.Tests.Inspections;

/// <summary>Who may approve, stale and double clicks, late joiners, several instances, and 429s during the fan-out.</summary>
public sealed class InspectionAuthorizationTests
{
    [Fact]
    public async Task Approve_ByHandlerOrOtherDepartmentManager_RefusedAndNothingChanges()
    {
        await using var app = new BotApplication();
        await HelloAsync(app, Alex, Takahashi);
        await app.SendAsync(app.Activities.PersonalMessage("start inspection", Alex, "en-US"));
        Assert.Contains("Submitted", await ActAsync(app, InspectionNames.SubmitVerb, Takahashi, Answers(app, Takahashi, 1, null)));

        Assert.Contains("not allowed", await ActAsync(app, InspectionNames.ApproveVerb, Takahashi, Ids(Takahashi, 2)));
        Assert.Contains("not allowed", await ActAsync(app, InspectionNames.ApproveVerb, Alex, Ids(Takahashi, 2))); // HR's manager
        Assert.Contains("not allowed", await ActAsync(app, InspectionNames.SaveVerb, Alex, Answers(app, Takahashi, 2, null)));

        var sheet = await app.Services.GetRequiredService<InspectionStore>().GetSheetAsync(CurrentCampaign, Takahashi, CancellationToken.None);
        Assert.Equal(Domain.Inspections.InspectionSheetStatus.Submitted, sheet!.Status);
        Assert.Equal(2, sheet.Version);
        Assert.Contains("Approved", await ActAsync(app, InspectionNames.ApproveVerb, Yamamoto, Ids(Takahashi, 2))); // the privacy officer may
    }

    [Fact]
    public async Task Submit_DoubleClickAndStaleApprove_SecondGetsOutOfDateCardAndStateIsIntact()
    {
        await using var app = new BotApplication();
        await HelloAsync(app, Alex, Takahashi, Tanaka);
        await app.SendAsync(app.Activities.PersonalMessage("start inspection", Alex, "en-US"));

        Assert.Contains("Submitted", await ActAsync(app, InspectionNames.SubmitVerb, Takahashi, Answers(app, Takahashi, 1, null)));
        var second = await ActAsync(app, InspectionNames.SubmitVerb, Takahashi, Answers(app, Takahashi, 1, null));
        Assert.True(second.Contains("out of date", StringComparison.Ordinal), second);
        Assert.Contains("Submitted (awaiting approval)", second); // the current card comes back

        Assert.Contains("Approved", await ActAsync(app, InspectionNames.ApproveVerb, Tanaka, Ids(Takahashi, 2)));
        Assert.Contains("out of date", await ActAsync(app, InspectionNames.ReturnVerb, Tanaka, Ids(Takahashi, 2, "late click")));
        var refreshed = await ActAsync(app, InspectionNames.RefreshVerb, Tanaka, Ids(Takahashi, 3));
        Assert.Contains("Approved", refreshed);
    }

    [Fact]
    public async Task Submit_IncompleteOrNoWithoutRemarks_RefusedWithTypedValuesKept()
    {
        await using var app = new BotApplication();
        await HelloAsync(app, Alex, Takahashi);
        await app.SendAsync(app.Activities.PersonalMessage("start inspection", Alex, "en-US"));
        var noItem = Template(app).Items[0].Id;
        var data = Answers(app, Takahashi, 1, noItem, noRemarks: "");
        data[InspectionSheetCard.RemarksPrefix + Template(app).Items[1].Id] = "typed remark kept";

        var card = await ActAsync(app, InspectionNames.SubmitVerb, Takahashi, data);

        Assert.Contains("Not submitted yet", card);
        Assert.Contains("typed remark kept", card);
    }

    [Fact]
    public async Task Open_TwoInstancesAtOnceAndLateInstaller_OneCampaignOneCardEach()
    {
        var db = Path.Combine(Path.GetTempPath(), $"chatbot-insp-{Guid.NewGuid():N}.db");
        await using var first = new BotApplication(db);
        await using var second = new BotApplication(db);
        await HelloAsync(first, Alex, Takahashi);
        _ = second.Server;
        var quarter = FiscalQuarter.Current(TimeProvider.System);

        var results = await Task.WhenAll(
            first.Services.GetRequiredService<InspectionCampaigns>().OpenAsync(quarter, "system", CancellationToken.None),
            second.Services.GetRequiredService<InspectionCampaigns>().OpenAsync(quarter, "system", CancellationToken.None));
        Assert.Single(results, r => r.Created);

        await Eventually.TrueAsync(() => CardsTo(first, Takahashi) + CardsTo(second, Takahashi) >= 1, Patience, "card to the handler");
        await first.SendAsync(first.Activities.InstallationAdd(Suzuki, "en-US")); // installs after the campaign opened
        await Eventually.TrueAsync(() => CardsTo(first, Suzuki) + CardsTo(second, Suzuki) >= 1, Patience, "late installer gets the card");
        await first.SendAsync(first.Activities.PersonalMessage("help", Suzuki, "en-US"));
        await Task.Delay(500);

        Assert.Equal(1, CardsTo(first, Takahashi) + CardsTo(second, Takahashi));
        Assert.Equal(1, CardsTo(first, Suzuki) + CardsTo(second, Suzuki));
        Assert.Equal(1, CardsTo(first, Alex) + CardsTo(second, Alex));
        BotApplication.DeleteDatabase(db);
    }

    [Fact]
    public async Task FanOut_ConnectorThrottles_EveryCardDeliveredOnce()
    {
        await using var app = new BotApplication();
        await HelloAsync(app, Alex, Suzuki, Takahashi);
        for (var i = 0; i < 4; i++) app.Connector.Answer(HttpStatusCode.TooManyRequests, TimeSpan.FromMilliseconds(300));

        await app.SendAsync(app.Activities.PersonalMessage("start inspection", Alex, "en-US"));

        foreach (var handler in new[] { Alex, Suzuki, Takahashi })
            await WaitForCardsAsync(app, handler, 1, $"card to {handler} despite 429s");
        await Task.Delay(500);
        foreach (var handler in new[] { Alex, Suzuki, Takahashi })
            Assert.Equal(1, CardsTo(app, handler));
        Assert.Contains(app.Connector.Calls, c => c.Status == 429);
    }
}
