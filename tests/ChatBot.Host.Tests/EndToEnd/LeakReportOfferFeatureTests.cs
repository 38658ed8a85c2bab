using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Domain.Incidents;
using ChatBot.Host.Tests.Support;

namespace ChatBot.Host.Tests.EndToEnd;

/// <summary>
/// Issue 14 §1 over HTTP to /api/messages: a described leak gets "report it now" and a button that opens the form with
/// the message as "what happened"; a question about leaks gets its answer and then the same button.
/// </summary>
public sealed class LeakReportOfferFeatureTests : IAsyncDisposable
{
    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static JsonObject Card(ConnectorCall call) =>
        JsonNode.Parse(call.Body)!["attachments"]![0]!["content"]!.AsObject();

    private static JsonObject? OfferButton(JsonObject card) =>
        card["actions"]?.AsArray().Select(a => a!.AsObject()).SingleOrDefault(a => a["verb"]?.GetValue<string>() == "incidents.open");

    private static string? InputValue(JsonNode? node, string id) => node switch
    {
        JsonObject o when o["id"]?.GetValue<string>() == id => o["value"]?.GetValue<string>(),
        JsonObject o => o.Select(p => InputValue(p.Value, id)).FirstOrDefault(v => v is not null),
        JsonArray a => a.Select(n => InputValue(n, id)).FirstOrDefault(v => v is not null),
        _ => null,
    };

    [Theory]
    [InlineData("マイナンバーの漏えいを報告したい", "ja-JP")]
    [InlineData("個人番号が書かれた書類を紛失しました", "ja-JP")]
    [InlineData("マイナンバーが入ったファイルを間違って別の人に送ってしまいました", "ja-JP")]
    [InlineData("I think I sent a file with My Numbers to the wrong person", "en-US")]
    [InlineData("漏洩かも", "ja-JP")]
    [InlineData("漏えい等を報告する", "ja-JP")]
    [InlineData("I left my bag with the dependants' forms on the train", "en-US")]
    public async Task Message_DescribedLeak_OffersTheFormWithTheMessageAsWhatHappened(string message, string language)
    {
        // The client says the other language: the reply follows what was written.
        await _app.SendAsync(_app.Activities.PersonalMessage(message, locale: language == "ja-JP" ? "en-US" : "ja-JP"));

        var reply = Assert.Single(_app.Connector.Calls);
        Assert.Equal(language, reply.Activity!.Locale);
        var button = OfferButton(Card(reply)) ?? throw new Xunit.Sdk.XunitException("no report button");
        Assert.Equal(message, button["data"]!["description"]!.GetValue<string>());

        var click = await _app.SendAsync(_app.Activities.CardAction("incidents.open", button["data"]!.AsObject().DeepClone().AsObject()));
        var form = JsonNode.Parse(await click.Content.ReadAsStringAsync())!["value"]!;
        Assert.Equal(message, InputValue(form, "description"));
        Assert.Contains("incidents.submit", form.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("電車に書類を置き忘れました…マイナンバー入りです。漏えいになりますか？", "ja-JP")]
    [InlineData("I left the dependants' forms on the train. Do we have to report it?", "en-US")]
    public async Task Message_DescribedLeakThatAlsoAsks_OffersTheFormThenAnswers(string message, string language)
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(message, locale: language));

        Assert.Equal(2, _app.Connector.Calls.Count);
        var button = OfferButton(Card(_app.Connector.Calls[0])) ?? throw new Xunit.Sdk.XunitException("no report button");
        Assert.Equal(message, button["data"]!["description"]!.GetValue<string>());
        var answer = _app.Connector.Calls[1];
        Assert.Contains("[1]", answer.Text, StringComparison.Ordinal);
        Assert.Equal(language, answer.Activity!.Locale);
    }

    [Theory]
    [InlineData("漏えいの報告期限は何日ですか？", "ja-JP")]
    [InlineData("もし書類を紛失したら、どうすればいいですか？", "ja-JP")]
    [InlineData("What should I do if I emailed a file with My Numbers to the wrong person?", "en-US")]
    public async Task Message_QuestionAboutLeaks_AnswersThenOffersAnEmptyForm(string question, string language)
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(question, locale: language));

        Assert.Equal(2, _app.Connector.Calls.Count);
        var answer = _app.Connector.Calls[0];
        Assert.Contains("[1]", answer.Text, StringComparison.Ordinal);
        Assert.Null(answer.Activity!.Attachments);
        var button = OfferButton(Card(_app.Connector.Calls[1])) ?? throw new Xunit.Sdk.XunitException("no report button");
        Assert.Null(button["data"]!["description"]);
        Assert.Equal(language, _app.Connector.Calls[1].Activity!.Locale);
    }

    [Theory]
    [InlineData("漏えいの報告期限は？", "速報")]
    [InlineData("What is the deadline to report a leak?", "preliminary")]
    public async Task Message_LeakReportDeadlineQuestion_IsAnsweredWithTheDeadlinesAndTheButton(string question, string expected)
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(question, locale: "en-US"));

        Assert.Equal(2, _app.Connector.Calls.Count);
        Assert.Contains(expected, _app.Connector.Calls[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(OfferButton(Card(_app.Connector.Calls[1])));
    }

    [Fact]
    public async Task Message_AnsweredFromALeakHandlingEntry_IsFollowedByTheReportButton()
    {
        // Not a leak word in sight, but the answer is the incidents entry on encrypted data.
        const string question = "暗号化してたら報告しなくていい？";
        Assert.Equal(LeakIntentKind.None, LeakIntent.Classify(question).Kind);

        await _app.SendAsync(_app.Activities.PersonalMessage(question));

        Assert.Equal(2, _app.Connector.Calls.Count);
        Assert.Contains("暗号", _app.Connector.Calls[0].Text, StringComparison.Ordinal);
        Assert.NotNull(OfferButton(Card(_app.Connector.Calls[1])));
    }

    [Fact]
    public async Task Message_QuestionOnAnotherTopic_HasNoReportButton()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage("扶養控除等申告書はいつまで保管すればいいですか？"));

        var reply = Assert.Single(_app.Connector.Calls);
        Assert.DoesNotContain("incidents.open", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("漏えい報告")]
    [InlineData("漏えいかも")]
    [InlineData("report a leak")]
    public async Task Message_ExactReportCommand_StillOpensTheFormAtOnce(string command)
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(command));

        var reply = Assert.Single(_app.Connector.Calls);
        Assert.Contains("incidents.submit", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("incidents.open", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_DescribedLeakWithAMyNumber_PrefillsOnlyTheMaskedText()
    {
        const string myNumber = "1234 5678 9018";
        await _app.SendAsync(_app.Activities.PersonalMessage($"番号 {myNumber} が書かれた書類を紛失しました"));

        var offer = _app.Connector.Calls[^1];
        var data = OfferButton(Card(offer))!["data"]!.AsObject();
        Assert.Contains("**** **** ****", data["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(myNumber, _app.Connector.AllBodies, StringComparison.Ordinal);

        // A forged click carrying a number is masked on arrival like any card data, and the form says it was.
        var click = await _app.SendAsync(_app.Activities.CardAction("incidents.open", new JsonObject { ["description"] = $"番号 {myNumber} を誤送信" }));
        var form = JsonNode.Parse(await click.Content.ReadAsStringAsync())!["value"]!;
        Assert.Equal("番号 **** **** **** を誤送信", InputValue(form, "description"));
        Assert.Contains("伏せ字", form.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.DoesNotContain("紛失しました", _app.RawLogs.All, StringComparison.Ordinal);
    }
}
