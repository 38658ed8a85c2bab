using System.Net;
using ChatBot.Host.Features.Lifecycle;
using ChatBot.Host.Tests.Support;
using ClosedXML.Excel;

namespace ChatBot.Host.Tests.Lifecycle;

/// <summary>The signed workbook link: contents, tampering and expiry (4xx with a short text, never 500), and survival across restarts.</summary>
public sealed class AssessmentDownloadTests : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"lifecycle-download-{Guid.NewGuid():N}.db");
    private readonly List<BotApplication> _apps = [];

    private BotApplication App(IDictionary<string, string?>? settings = null)
    {
        var app = new BotApplication(_path, settings: settings);
        _apps.Add(app);
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps) await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        BotApplication.DeleteDatabase(_path);
    }

    private static async Task<string> ReportLinkAsync(BotApplication app, Func<string, int, string> answer)
    {
        var (report, _, _) = await new LifecycleDriver(app).WalkAsync("dispose", "dispose-electronic-file", answer);
        return new Uri(CardJson.OpenUrl(report)!).PathAndQuery;
    }

    [Fact]
    public async Task Workbook_HoldsTheSummaryAndTheGapsByRisk()
    {
        var app = App();
        var link = await ReportLinkAsync(app, (_, i) => i % 3 == 0 ? "partial" : "not_done");

        using var response = await app.CreateClient().GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ChatBot.Host.Files.FileResponses.XlsxContentType, response.Content.Headers.ContentType!.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var summary = workbook.Worksheet(1);
        Assert.Equal("サンプル株式会社", summary.Cell(1, 2).GetString());
        Assert.Equal("廃棄", summary.Cell(3, 2).GetString());
        Assert.Equal("電子ファイル", summary.Cell(4, 2).GetString());

        var gaps = workbook.Worksheet(2);
        var risks = gaps.RowsUsed().Skip(1).Select(r => r.Cell(2).GetString()).ToList();
        Assert.NotEmpty(risks);
        string[] order = [LifecycleTexts.Get("Risk_high", "ja-JP"), LifecycleTexts.Get("Risk_medium", "ja-JP"), LifecycleTexts.Get("Risk_low", "ja-JP"), LifecycleTexts.Get("Risk_none", "ja-JP")];
        var ranks = risks.Select(r => Array.IndexOf(order, r)).ToList();
        Assert.DoesNotContain(-1, ranks);
        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal(risks[0], order[0]);
        Assert.Contains("E-d", gaps.RowsUsed().Skip(1).Select(r => r.Cell(7).GetString()).First(s => s.StartsWith("E-d", StringComparison.Ordinal)));
        var totalRow = summary.RowsUsed().Last();
        Assert.Equal(risks.Count, totalRow.Cell(3).GetValue<int>() + totalRow.Cell(4).GetValue<int>()); // 実施済 is column 2; 一部 3, 未実施 4
    }

    [Theory]
    [InlineData("sig", "AAAA")]
    [InlineData("exp", "99999999999")]
    [InlineData("u", "00000000-0000-0000-0000-0000000000024")]
    [InlineData("sig", "")]
    public async Task Link_Tampered_Is403WithAShortText(string parameter, string value)
    {
        var app = App();
        var link = await ReportLinkAsync(app, (_, _) => "done");
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query);
        query[parameter] = value;
        var tampered = link.Split('?')[0] + "?" + query;

        using var response = await app.CreateClient().GetAsync(tampered);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(LifecycleTexts.Get("Download_Invalid", "ja-JP"), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Link_ForAnotherDialogId_Is403()
    {
        var app = App();
        var link = await ReportLinkAsync(app, (_, _) => "done");
        var other = await ReportLinkAsync(app, (_, _) => "na");

        using var response = await app.CreateClient().GetAsync(link.Split('?')[0] + "?" + other.Split('?')[1]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("Files:LinkLifetime")]
    [InlineData("Lifecycle:DownloadLinkLifetime")] // the key before links were shared, still read
    public async Task Link_Expired_Is410WithAShortText(string lifetimeKey)
    {
        var app = App(new Dictionary<string, string?> { [lifetimeKey] = "00:00:01" });
        var link = await ReportLinkAsync(app, (_, _) => "done");
        await Task.Delay(TimeSpan.FromSeconds(2.2));

        using var response = await app.CreateClient().GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains(LifecycleTexts.Get("Download_Expired", "ja-JP"), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Link_Garbage_Is4xxNever500()
    {
        var app = App();
        var client = app.CreateClient();
        foreach (var path in new[] { "/files/assessments/x.xlsx", "/files/assessments/x.xlsx?u=&exp=abc&sig=", "/files/assessments/..%2Fetc.xlsx?u=a&exp=-1&sig=b", $"/files/assessments/{new string('a', 300)}.xlsx?u=a&exp=1&sig=b" })
        {
            using var response = await client.GetAsync(path);
            Assert.InRange((int)response.StatusCode, 400, 499);
        }
    }

    [Fact]
    public async Task Link_MadeBeforeARestart_StillWorksAfterIt()
    {
        var before = App();
        var link = await ReportLinkAsync(before, (_, _) => "partial");
        await before.DisposeAsync();
        _apps.Remove(before);

        using var response = await App().CreateClient().GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Files:SigningKey")]
    [InlineData("Lifecycle:DownloadSigningKey")] // the key before links were shared, still read
    public async Task Link_WithAConfiguredKey_UsesIt(string signingKey)
    {
        var app = App(new Dictionary<string, string?> { [signingKey] = "configured-key-for-tests-0123456789abcdef", ["Bot:PublicBaseUrl"] = "https://bot.example.jp" });
        var (report, _, _) = await new LifecycleDriver(app).WalkAsync("use", "use-system", (_, _) => "done");
        var url = new Uri(CardJson.OpenUrl(report)!);

        Assert.Equal("bot.example.jp", url.Host);
        using var response = await app.CreateClient().GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Another deployment with the same key accepts the signature (and then has no such assessment: 404, not 403).
        await using var elsewhere = new BotApplication(settings: new Dictionary<string, string?> { [signingKey] = "configured-key-for-tests-0123456789abcdef" });
        using var there = await elsewhere.CreateClient().GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, there.StatusCode);
    }
}
