using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatBot.Domain.CorrectiveActions;
using ChatBot.Host.Audit;
using ChatBot.Host.Features.Inspections;
using ChatBot.Host.Features.Inspections.Resources;
using ChatBot.Host.Files;
using ChatBot.Host.Tests.Support;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Host.Tests.Inspections.InspectionTestKit;

namespace ChatBot.Host.Tests.Inspections;

/// <summary>The whole quarter over the protocol: open, answer with one NO, return, resubmit, approve, summary, export.</summary>
public sealed class InspectionEndToEndTests
{
    [Fact]
    public async Task Campaign_AnswerReturnResubmitApprove_NoBecomesCorrectiveActionInSummaryAndExport()
    {
        await using var app = new BotApplication();
        await HelloAsync(app, Alex, Takahashi, Tanaka, Yamamoto);
        var noItem = Template(app).Items[3].Id; // chk-disposal in the bundled template

        await app.SendAsync(app.Activities.PersonalMessage("start inspection", Alex, "en-US"));
        await WaitForCardsAsync(app, Takahashi, 1, "the campaign card reaches the handler");
        Assert.Equal(1, CardsTo(app, Takahashi));

        // Submit with one NO, remarks carrying a My Number that the pipeline masks.
        var submitted = await ActAsync(app, InspectionNames.SubmitVerb, Takahashi, Answers(app, Takahashi, 1, noItem, "shredder broken, card 123456789018 found"));
        Assert.Contains("Submitted", submitted);
        Assert.Contains("was masked", submitted);
        Assert.DoesNotContain("123456789018", submitted);
        await WaitForCardsAsync(app, Tanaka, 1, "the reviewer gets the submitted sheet");

        // The manager returns it with a comment; the handler is told proactively.
        var returned = await ActAsync(app, InspectionNames.ReturnVerb, Tanaka, Ids(Takahashi, 2, "Add the disposal dates"));
        Assert.Contains("Returned", returned);
        await WaitForCardsAsync(app, Takahashi, 2, "the returned sheet goes back to the handler");

        // Resubmit (still one NO), approve.
        Assert.Contains("Submitted", await ActAsync(app, InspectionNames.SubmitVerb, Takahashi, Answers(app, Takahashi, 3, noItem, "dates 4/5, 5/10; shredder replaced")));
        var approved = await ActAsync(app, InspectionNames.ApproveVerb, Tanaka, Ids(Takahashi, 4));
        Assert.Contains("Approved. 1 corrective action(s) created", approved);

        var actions = await app.Services.GetRequiredService<InspectionSummaries>().ActionsAsync(CurrentCampaign, CancellationToken.None);
        var action = Assert.Single(actions);
        Assert.Equal($"{CurrentCampaign}:{Takahashi}:{noItem}", action.OriginReference);
        Assert.Equal(Takahashi, action.OwnerAadObjectId);
        Assert.Equal(CorrectiveActionStatus.Open, action.Status);

        // History: every step in the sheet's audit stream.
        var events = await app.Services.GetRequiredService<IAuditTrail>().ReadStreamAsync($"inspection:{CurrentCampaign}:{Takahashi}");
        Assert.Equal(["sheet.submitted", "sheet.returned", "sheet.submitted", "sheet.approved", "corrective_action.created"], events.Select(e => e.Action));

        // Summary for the privacy officer, and the signed export.
        await app.SendAsync(app.Activities.PersonalMessage("inspection status", Yamamoto, "en-US"));
        await WaitForCardsAsync(app, Yamamoto, 1, "the summary card arrives", "Open corrective actions");
        var summary = app.Connector.Calls.Last(c => c.Body.Contains("Open corrective actions", StringComparison.Ordinal)).Body;
        var url = Regex.Match(summary, "/files/inspections/[^\"]+").Value.Replace("\\u0026", "&", StringComparison.Ordinal);
        var client = app.CreateClient();
        var file = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, file.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await file.Content.ReadAsByteArrayAsync()));
        var answers = workbook.Worksheet(InspectionWorkbook.AnswersSheet).RowsUsed().Skip(1)
            .Where(r => r.Cell(4).GetString() == Takahashi).ToList();
        Assert.Equal(Template(app).Items.Count, answers.Count);
        var noRow = Assert.Single(answers, r => r.Cell(8).GetString() == "no");
        Assert.Equal(noItem, noRow.Cell(6).GetString());
        var approvals = workbook.Worksheet(InspectionWorkbook.ApprovalsSheet).RowsUsed().Skip(1).Select(r => (r.Cell(4).GetString(), r.Cell(6).GetString())).ToList();
        Assert.Contains(("sheet.returned", Tanaka), approvals);
        Assert.Contains(("sheet.approved", Tanaka), approvals);
        Assert.Equal(action.Id, workbook.Worksheet(InspectionWorkbook.ActionsSheet).Cell(2, 1).GetString());
        Assert.DoesNotContain("123456789018", string.Join(",", answers.Select(r => r.Cell(9).GetString())));

        Assert.Contains($"u={Yamamoto}", url, StringComparison.Ordinal);
        Assert.Equal("no-store", file.Headers.CacheControl?.ToString());

        // Tampered or expired links are refused, and so is a link handed to someone else.
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await client.GetAsync(url.Replace("sig=", "sig=x", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await client.GetAsync(Regex.Replace(url, "exp=\\d+", "exp=99999999999"))).StatusCode);
        var handedOn = await client.GetAsync(url.Replace($"u={Yamamoto}", $"u={Takahashi}", StringComparison.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, handedOn.StatusCode);
        Assert.Equal(InspectionsTexts.Get("Export_Invalid", "en"), await handedOn.Content.ReadAsStringAsync());

        // A genuine link for someone who may not see the summary (a handler) is refused when it is used.
        var handlerLink = await app.Services.GetRequiredService<SignedLinks>().ForInspectionExportAsync(CurrentCampaign, Takahashi, "en-US", CancellationToken.None);
        var refused = await client.GetAsync(new Uri(handlerLink.Url).PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(InspectionsTexts.Get("Export_Forbidden", "en"), await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Campaign_FanOut_ReachesEachHandlerInTheLanguageTheirTeamsReported()
    {
        await using var app = new BotApplication();
        await app.SendAsync(app.Activities.PersonalMessage("help", Suzuki, "ja-JP"));
        await app.SendAsync(app.Activities.PersonalMessage("help", Takahashi, "en-US"));

        await app.SendAsync(app.Activities.PersonalMessage("start inspection", Alex, "en-US"));
        await WaitForCardsAsync(app, Suzuki, 1, "the Japanese handler's card");
        await WaitForCardsAsync(app, Takahashi, 1, "the English handler's card");

        string CardTo(string aad) => app.Connector.Calls.Last(c => c.Delivered
            && c.Path.Contains(Uri.EscapeDataString(TeamsActivities.PersonalConversationId(aad)), StringComparison.Ordinal)
            && c.Body.Contains("inspections.refresh", StringComparison.Ordinal)).Body;
        Assert.Contains(InspectionsTexts.Format("Card_Summary", "ja-JP", CurrentCampaign), JsonNode.Parse(CardTo(Suzuki))!["summary"]!.GetValue<string>());
        Assert.Contains(InspectionsTexts.Format("Card_Summary", "en-US", CurrentCampaign), JsonNode.Parse(CardTo(Takahashi))!["summary"]!.GetValue<string>());
    }
}
