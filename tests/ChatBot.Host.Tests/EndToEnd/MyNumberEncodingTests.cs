using System.Text;
using ChatBot.Host.Resources;
using ChatBot.Host.Tests.Support;
using ChatBot.Testing;
using Microsoft.Data.Sqlite;

namespace ChatBot.Host.Tests.EndToEnd;

/// <summary>
/// Finding 9 (issue 12) over HTTP: My Numbers in unusual encodings, or split over two messages, reached
/// knowledge_answers.question (main database file and WAL) and the admins' unanswered list.
/// </summary>
public sealed class MyNumberEncodingTests : IAsyncDisposable
{
    private const string Number = "123456789018";

    private readonly BotApplication _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Question_WithANumberInAnyEncoding_IsStoredAndListedMasked()
    {
        var variants = MyNumberEncodings.Variants(Number);
        foreach (var (_, text) in variants)
            await _app.SendAsync(_app.Activities.PersonalMessage($"社食のランチ {text} について"));

        Assert.Equal(variants.Count, _app.Connector.Calls.Count(c => c.Text == BotTexts.Get("MyNumber_Masked", "ja-JP")));
        var stored = await StoredQuestionsAsync();
        Assert.Equal(variants.Count, stored.Count);
        Assert.All(stored, q => Assert.Contains("社食のランチ *", q, StringComparison.Ordinal));
        await AssertNothingRevealsAsync();
    }

    [Theory]
    [InlineData("社食のランチ 123456", "789018 について")]
    [InlineData("社食のランチ ١٢٣٤٥٦٧٨", "\n𝟗𝟎𝟏𝟖 について")]
    [InlineData("社食のランチ 1", "2345 6789 018 について")]
    public async Task Question_NumberSplitOverTwoMessages_NeitherPartIsStored(string first, string second)
    {
        await _app.SendAsync(_app.Activities.PersonalMessage(first));
        await _app.SendAsync(_app.Activities.PersonalMessage(second));

        // Found in the second message: the user is told then. The first part was held back without a word.
        Assert.Equal(BotTexts.Get("MyNumber_Masked", "ja-JP"), _app.Connector.Calls[1].Text);
        var stored = await StoredQuestionsAsync();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, q => Assert.True(MyNumberEncodings.Normalize(q).Count(char.IsAsciiDigit) <= 1, q)); // at most a 1-digit first part
        await AssertNothingRevealsAsync();
    }

    [Fact]
    public async Task ChannelMessage_NumberSplitAfterTheBotMention_IsFound()
    {
        await _app.SendAsync(_app.Activities.ChannelMention("社食のランチ 123456"));
        await _app.SendAsync(_app.Activities.ChannelMention("789018 について"));

        Assert.Equal(BotTexts.Get("MyNumber_Masked", "ja-JP"), _app.Connector.Calls[1].Text);
        Assert.DoesNotContain(await StoredQuestionsAsync(), q => q.Any(char.IsAsciiDigit));
    }

    private async Task AssertNothingRevealsAsync()
    {
        // Every byte SQLite left on disk (main file and WAL), read as text the way a person would read it.
        var files = Encoding.UTF8.GetString(_app.DatabaseBytes());
        Assert.False(MyNumberEncodings.Reveals(files, Number), "the database files hold the number");
        foreach (var (name, text) in MyNumberEncodings.Variants(Number))
            Assert.False(files.Contains(text, StringComparison.Ordinal), name);

        await _app.SendAsync(_app.Activities.PersonalMessage("未回答")); // Alex Wilber is an admin
        var list = _app.Connector.Calls[^1].Text!;
        Assert.Contains("社食のランチ", list, StringComparison.Ordinal);
        Assert.False(MyNumberEncodings.Reveals(list, Number), list);
        Assert.False(MyNumberEncodings.Reveals(_app.RawLogs.All, Number), "logged before masking");
    }

    private async Task<List<string>> StoredQuestionsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_app.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT question FROM knowledge_answers ORDER BY created_at";
        var questions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) questions.Add(reader.GetString(0));
        return questions;
    }
}
