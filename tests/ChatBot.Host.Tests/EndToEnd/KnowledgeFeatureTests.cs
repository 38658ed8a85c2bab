using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Host.Resources;
using ChatBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.EndToEnd;

/// <summary>Questions over HTTP to /api/messages: cited answers in the user's language, honest abstentions, feedback.</summary>
public sealed class KnowledgeFeatureTests : IAsyncDisposable
{
    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static JsonElement? MessageEntity(ConnectorCall call) =>
        call.Activity?.Entities?.Select(e => JsonSerializer.SerializeToElement(e, ChatBot.Protocol.Schema.ProtocolJson.Options)).FirstOrDefault(e => e.GetProperty("type").GetString() == "https://schema.org/Message");

    [Fact]
    public async Task Question_Japanese_GetsJapaneseAnswerWithCitations()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage("扶養控除等申告書はいつまで保管すればいいですか？"));

        var reply = Assert.Single(_app.Connector.Calls);
        Assert.Contains("7年", reply.Text, StringComparison.Ordinal);
        Assert.Contains("[1]", reply.Text, StringComparison.Ordinal);
        var entity = MessageEntity(reply) ?? throw new Xunit.Sdk.XunitException("no citation entity");
        var citations = entity.GetProperty("citation");
        Assert.InRange(citations.GetArrayLength(), 1, 3);
        Assert.All(citations.EnumerateArray(), c => Assert.InRange(c.GetProperty("appearance").GetProperty("name").GetString()!.Length, 1, 80));
        Assert.True(reply.Activity!.ChannelData!["feedbackLoopEnabled"]!.GetValue<bool>());
        // How current it is, from the entry's check date, small (italic) under the answer.
        Assert.EndsWith("_2026年12月時点の法令・ガイドラインに基づく_", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_English_GetsEnglishAnswerWithCitations()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage("What should I do if I emailed a file with My Numbers to the wrong person?", locale: "en-US"));

        // A question about leaks: the answer, then the report button (LeakReportOfferFeatureTests).
        Assert.Equal(2, _app.Connector.Calls.Count);
        var reply = _app.Connector.Calls[0];
        Assert.DoesNotMatch(@"[\p{IsHiragana}\p{IsKatakana}]{4,}", reply.Text!);
        Assert.NotNull(MessageEntity(reply));
        Assert.Contains("incidents.open", _app.Connector.Calls[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_JapaneseFromAnEnUsClient_IsAnsweredInJapanese_AndSoIsTheNextClick()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage("扶養控除等申告書はいつまで保管すればいいですか？", locale: "en-US"));
        var click = await _app.SendAsync(_app.Activities.CardAction("lifecycle.resume", new JsonObject { ["dialogId"] = "d1", ["version"] = 1 }, locale: "en-US"));

        Assert.Contains("7年", _app.Connector.Calls[0].Text, StringComparison.Ordinal);
        Assert.Equal("ja-JP", _app.Connector.Calls[0].Activity!.Locale);
        var card = JsonNode.Parse(await click.Content.ReadAsStringAsync())!["value"]!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Matches(@"[\p{IsHiragana}\p{IsKatakana}]{4,}", card);
        Assert.DoesNotMatch(@"\b(the|your|step)\b", card);
    }

    [Fact]
    public async Task Question_WithCloseRunnersUp_OffersThemAsButtonsThatAskThem()
    {
        var answerer = _app.Services.GetRequiredService<ChatBot.Domain.Knowledge.KnowledgeAnswerer>();
        var question = new[] { "マイナンバーの書類ってどうやって捨てればいい？", "個人番号の書類の保管と廃棄", "番号をメールで送っていい？", "本人確認の書類は？" }
            .First(q => answerer.Answer(q, "ja-JP").Alternatives.Count > 0);

        await _app.SendAsync(_app.Activities.PersonalMessage(question));

        var reply = Assert.Single(_app.Connector.Calls).Activity!;
        Assert.Contains(BotTexts.Get("Knowledge_DidYouMean", "ja-JP"), reply.Text, StringComparison.Ordinal);
        var buttons = reply.SuggestedActions!.Actions;
        Assert.InRange(buttons.Count, 1, 2);
        Assert.All(buttons, b => Assert.Equal("imBack", b.Type));

        await _app.SendAsync(_app.Activities.PersonalMessage(buttons[0].Value!));
        var second = _app.Connector.Calls[1].Activity!;
        Assert.NotNull(MessageEntity(_app.Connector.Calls[1]));
        Assert.NotEqual(reply.Text, second.Text);
    }

    [Fact]
    public async Task Question_EnglishFromAJaJpClient_IsAnsweredInEnglish()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage("How long must we keep dependant forms?", locale: "ja-JP"));

        var reply = Assert.Single(_app.Connector.Calls);
        Assert.Contains("7 years", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[\p{IsHiragana}\p{IsKatakana}]{4,}", reply.Text!);
    }

    [Theory]
    [InlineData("マイナンバーカードの暗証番号を忘れました。どうすればいいですか", "en-US", "市区町村")]
    [InlineData("How do I renew my own My Number card before it expires?", "ja-JP", "municipal")]
    [InlineData("従業員の健康診断の管理にマイナンバーを使いたいです", "en-US", "健康診断")]
    public async Task Question_OutsideTheScopeOrAboutAnotherUse_IsRedirectedOrAnsweredInItsLanguage(string question, string locale, string expected)
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(question, locale: locale));

        var reply = Assert.Single(_app.Connector.Calls);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        // One's own card is not the company's handling: no citation; using the number for health checks is, and is cited.
        Assert.Equal(expected == "健康診断", MessageEntity(reply) is not null);
    }

    [Theory]
    [InlineData("明日の東京の天気は？", "ja-JP")]
    [InlineData("Write me a poem about autumn", "en-US")]
    [InlineData("社食の今日のランチメニューは？", "ja-JP")]
    public async Task Question_OffTopic_AbstainsWithoutCitation(string question, string locale)
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(question, locale: locale));

        var reply = Assert.Single(_app.Connector.Calls);
        Assert.Null(MessageEntity(reply));
        // Either "no answer" or, for a kind of question it recognizes (weather, lunch), where to ask instead; both list what it can do.
        Assert.Contains(locale.StartsWith("en", StringComparison.Ordinal) ? "My Number" : "マイナンバー", reply.Text, StringComparison.Ordinal);
        Assert.Contains("\n- ", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_WithAMyNumber_IsAnsweredMaskedAndTheUserWarned()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage("123456789018 の書類を捨てるときはどうすればいい？"));

        Assert.Equal(2, _app.Connector.Calls.Count);
        Assert.Equal(BotTexts.Get("MyNumber_Masked", "ja-JP"), _app.Connector.Calls[0].Text);
        Assert.NotNull(MessageEntity(_app.Connector.Calls[1]));
        Assert.DoesNotContain("123456789018", _app.Connector.AllBodies, StringComparison.Ordinal);
        Assert.Equal(-1, _app.DatabaseBytes().AsSpan().IndexOf("123456789018"u8));
    }

    [Fact]
    public async Task Feedback_OnAnAnswer_IsStored_AndUnansweredQuestionsAreListedForAdmins()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage("マイナンバーをメールで送ってもいいですか？"));
        Assert.Single(_app.Connector.Calls);
        const string answerId = "activity-1"; // the fake connector numbers what it accepts
        var feedback = _app.Activities.CardAction("unused.verb");
        feedback["name"] = "message/submitAction";
        feedback["replyToId"] = answerId;
        feedback["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = "dislike", ["feedback"] = """{"feedbackText":"too short"}""" },
        };
        var response = await _app.PostAsync(feedback);
        Assert.Equal(200, (int)response.StatusCode);

        await _app.SendAsync(_app.Activities.PersonalMessage("来週の会議室の予約方法は？"));
        await _app.SendAsync(_app.Activities.PersonalMessage("未回答")); // Alex Wilber is an admin in the sample organization

        var list = _app.Connector.Calls[^1].Text!;
        Assert.Contains("会議室の予約", list, StringComparison.Ordinal);
        Assert.DoesNotContain("メールで送って", list, StringComparison.Ordinal);
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_app.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT reaction || ':' || feedback_text FROM knowledge_feedback";
        Assert.Equal("dislike:too short", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ContentReview_Admin_GetsTheDueListInTheirLanguage()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage("内容の見直し")); // Alex Wilber is an admin
        await _app.SendAsync(_app.Activities.PersonalMessage("content review", locale: "en-US"));

        // The bundled content was checked in the 2026-12 legal review and no basis has changed since.
        Assert.StartsWith("見直しが必要な回答（", _app.Connector.Calls[0].Text, StringComparison.Ordinal);
        Assert.Contains("見直しが必要な回答はありません", _app.Connector.Calls[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Answers due for review", _app.Connector.Calls[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentReview_Employee_IsRefused()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage("内容の見直し", TeamsActivities.MeganBowen));
        Assert.Equal(BotTexts.Get("Error_NotAuthorized", "ja-JP"), Assert.Single(_app.Connector.Calls).Text);
    }

    [Fact]
    public async Task Unanswered_NonAdmin_IsRefused()
    {
        await _app.SendAsync(_app.Activities.PersonalMessage("未回答", TeamsActivities.MeganBowen));
        Assert.Equal(BotTexts.Get("Error_NotAuthorized", "ja-JP"), Assert.Single(_app.Connector.Calls).Text);
    }
}
