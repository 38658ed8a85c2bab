using System.Text;
using ChatBot.Host.Resources;
using ChatBot.Host.Tests.Incidents;
using ChatBot.Host.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using static ChatBot.Host.Tests.Inspections.InspectionTestKit;

namespace ChatBot.Host.Tests.Storage;

/// <summary>
/// A row whose stored content no longer reads (garbage in the file, bad JSON in a column) gets the user a polite
/// reply in their language and the log the table and key, whichever feature read it.
/// </summary>
public sealed class UnreadableRowTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("点検", "ja-JP")]
    [InlineData("inspection", "en-US")]
    public async Task Inspection_CampaignBytesScrambledInTheFile_ApologizesInTheUsersLanguageAndLogsTableAndKey(string command, string locale)
    {
        await using (var first = new BotApplication(_database.Path))
        {
            await HelloAsync(first, Alex, Takahashi);
            await first.SendAsync(first.Activities.PersonalMessage("start inspection", Alex, "en-US"));
            await WaitForCardsAsync(first, Alex, 1, "Alex's sheet is delivered before the stop");
            await WaitForCardsAsync(first, Takahashi, 1, "Takahashi's sheet is delivered before the stop");
        }

        ScrambleInFile("SELECT template_json FROM inspection_campaigns");

        await using var app = new BotApplication(_database.Path);
        await app.SendAsync(app.Activities.PersonalMessage(command, Takahashi, locale));

        var reply = Assert.Single(app.Connector.Calls, c => c.Method == HttpMethod.Post
            && c.Path.Contains(Uri.EscapeDataString(TeamsActivities.PersonalConversationId(Takahashi)), StringComparison.Ordinal));
        Assert.Equal(BotTexts.Get("Error_StoredDataUnreadable", locale), reply.Text);
        Assert.Contains(app.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal)
            && l.Contains("inspection_campaigns", StringComparison.Ordinal) && l.Contains(CurrentCampaign, StringComparison.Ordinal));
    }

    [Fact]
    public async Task IncidentCardAction_ReportColumnHoldsBadJson_AnswersTheClickWithAnApology()
    {
        await using var app = new IncidentApp();
        var reference = IncidentForms.Reference(IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(), IncidentApp.Reporter)));
        await using (var connection = await app.OpenAsync())
            await connection.ExecuteAsync("UPDATE incidents SET report_json = '{\"description\": \"truncated' WHERE reference = @reference", new { reference });

        var response = await app.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, 1), IncidentApp.Manager, "en-US");

        Assert.Equal(BotTexts.Get("Error_StoredDataUnreadable", "en-US"), response["value"]!.GetValue<string>());
    }

    /// <summary>
    /// Overwrites, in the database file itself, 48 bytes inside the first value the query returns, with garbage: what
    /// a damaged sector does to a record's content. The pages' structure stays intact, so the start-up check passes.
    /// </summary>
    private void ScrambleInFile(string query)
    {
        string value;
        using (var connection = new SqliteConnection($"Data Source={_database.Path}"))
        {
            connection.Open();
            value = connection.ExecuteScalar<string>(query)!;
            connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }

        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(_database.Path);
        var slice = Encoding.UTF8.GetBytes(value)[64..112];
        var at = bytes.AsSpan().IndexOf(slice);
        Assert.True(at > 0 && bytes.AsSpan(at + 1).IndexOf(slice) < 0, "the value's bytes are in the file once");
        var garbage = new byte[slice.Length];
        new Random(20261203).NextBytes(garbage);
        garbage[0] = 0x01; // a control character: never valid JSON, whatever the rest happens to be
        using var file = new FileStream(_database.Path, FileMode.Open, FileAccess.Write);
        file.Seek(at, SeekOrigin.Begin);
        file.Write(garbage);
    }
}
