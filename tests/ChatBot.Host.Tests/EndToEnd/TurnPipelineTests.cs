using ChatBot.Host.Storage;
using Microsoft.Extensions.DependencyInjection;
using System.Text;
using ChatBot.Host.Resources;
using ChatBot.Host.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ChatBot.Host.Tests.EndToEnd;

/// <summary>A My Number typed into the chat is masked on arrival: the user is warned and it is stored, sent and logged nowhere.</summary>
public sealed class TurnPipelineTests : IAsyncDisposable
{
    private const string Digits = "123456789018"; // valid check digit
    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    public static TheoryData<string, string> Messages => new()
    {
        { "私の番号は 1234 5678 9018 です", "ja-JP" },
        { "私の番号は１２３４５６７８９０１８です", "ja-JP" },
        { "my number is 1234-5678-9018, help", "en-US" },
        { "123456789018", "en-US" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task Message_WithMyNumber_WarnsAndTheNumberAppearsNowhere(string text, string locale)
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(text, locale: locale));

        var warning = _app.Connector.Sends(BotTexts.Get("MyNumber_Masked", locale));
        Assert.Single(warning);
        AssertNowhere(_app.Connector.AllBodies, "outbound activities");
        AssertNowhere(_app.Logs.All, "logs");
        AssertNowhere(_app.RawLogs.All, "logs before masking");
        var database = _app.DatabaseBytes();
        Assert.NotEmpty(database);
        foreach (var form in Forms())
        {
            Assert.True(IndexOf(database, Encoding.UTF8.GetBytes(form)) < 0, $"the database file contains {form}");
            Assert.True(IndexOf(database, Encoding.Unicode.GetBytes(form)) < 0, $"the database file contains {form} (UTF-16)");
        }
    }

    [Fact]
    public async Task Message_WithMyNumber_StillStoresTheConversationReference()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage("私の番号は 1234 5678 9018 です"));

        var stored = await _app.Services.GetRequiredService<ConversationReferenceStore>()
            .FindPersonalByAadObjectIdAsync(TeamsActivities.AlexWilber);
        Assert.NotNull(stored);
    }

    // A display name is typed by someone too (in the directory); the conversation reference keeps it for proactive sends.
    [Fact]
    public async Task DisplayName_WithMyNumber_IsStoredMaskedAndAppearsNowhere()
    {
        var activity = _app.Activities.PersonalMessage("ヘルプ");
        activity["from"]!["name"] = "佐藤 花子 1234 5678 9018";

        await _app.SendAsync(activity);

        var stored = await _app.Services.GetRequiredService<ConversationReferenceStore>()
            .FindPersonalByAadObjectIdAsync(TeamsActivities.AlexWilber);
        Assert.Equal("佐藤 花子 **** **** ****", stored!.UserName);
        AssertNowhere(_app.RawLogs.All, "logs before masking");
        var database = _app.DatabaseBytes();
        foreach (var form in Forms())
            Assert.True(IndexOf(database, Encoding.UTF8.GetBytes(form)) < 0, $"the database file contains {form}");
    }

    [Fact]
    public async Task Message_WithoutMyNumber_NoWarning()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage("電話は 03-1234-5678 です"));

        Assert.Empty(_app.Connector.Sends(BotTexts.Get("MyNumber_Masked", "ja-JP")));
    }

    [Fact]
    public async Task CardAction_WithMyNumberInInputs_NumberNotEchoedOrLogged()
    {
        var data = new System.Text.Json.Nodes.JsonObject { ["note"] = "番号 123456789018" };
        var response = await _app.PostAsync(_app.Activities.CardAction("nobody.handles.this", data));

        var body = await response.Content.ReadAsStringAsync();
        AssertNowhere(body, "the invoke response");
        AssertNowhere(_app.RawLogs.All, "logs before masking");
    }

    [Fact]
    public async Task Log_MyNumberInMessage_MaskedBeforeAnySink()
    {
        _ = _app.Server; // starts the host
        var logger = _app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("E2E");

#pragma warning disable CA1848, CA2254 // a raw message on purpose: what a careless log call would do
        logger.LogWarning($"user typed {Digits} and １２３４ ５６７８ ９０１８");
        logger.LogWarning("structured {Value}", "1234 5678 9018");
#pragma warning restore CA1848, CA2254

        Assert.Contains(Digits, _app.RawLogs.All, StringComparison.Ordinal); // the wrapper, not luck, did the masking
        Assert.Contains("user typed ************", _app.Logs.All, StringComparison.Ordinal);
        AssertNowhere(_app.Logs.All, "masked logs");
    }

    private static IEnumerable<string> Forms() => [Digits, "1234 5678 9018", "1234-5678-9018", "１２３４５６７８９０１８", "5678 9018", "56789018"];

    private static void AssertNowhere(string haystack, string where)
    {
        foreach (var form in Forms())
            Assert.False(haystack.Contains(form, StringComparison.Ordinal), $"{where} contain {form}: {haystack}");
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
