using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatBot.Host.Features.Incidents;
using ChatBot.Host.Features.Incidents.PpcDraft;
using ChatBot.Host.Features.Incidents.Resources;
using ChatBot.Host.Files;
using ChatBot.Host.Tests.Lifecycle;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Host.Tests.Incidents.IncidentApp;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ChatBot.Host.Tests.Incidents;

/// <summary>The PPC report draft as a Word download: from the draft card's link to the file, and every way a link is refused.</summary>
public sealed partial class PpcDraftDownloadTests
{
    /// <summary>Files a report (through the protocol, so the My Number guard runs) and opens the draft card as <paramref name="viewer"/>.</summary>
    private static async Task<(string Reference, string Link)> DraftLinkAsync(IncidentApp app, string viewer = Manager, string locale = "ja-JP", string? description = null)
    {
        var filed = IncidentForms.Card(await app.InvokeAsync("incidents.submit", IncidentForms.Valid(description ?? "源泉徴収票を別の従業員に誤送付した"), Reporter));
        var reference = IncidentForms.Reference(filed);
        var card = (JsonObject)(await app.InvokeAsync("incidents.draft", IncidentForms.Action(reference, 1), viewer, locale))["value"]!;
        var url = CardJson.OpenUrl(card) ?? throw new Xunit.Sdk.XunitException("No download link in: " + card.ToJsonString());
        return (reference, new Uri(url).PathAndQuery);
    }

    /// <summary>The document's paragraphs (table cells included), one string each.</summary>
    private static IReadOnlyList<string> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();
    }

    /// <summary>What Word would complain about (the Office 2019 schema).</summary>
    private static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019)
            .Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }

    private static string Tampered(string link, string parameter, string value)
    {
        var query = System.Web.HttpUtility.ParseQueryString(link.Split('?')[1]);
        query[parameter] = value;
        return link.Split('?')[0] + "?" + query;
    }

    [Fact]
    public async Task Manager_DownloadsTheDraftFromTheCard_NineItemsReferenceNoMyNumberAndAnAuditEvent()
    {
        await using var app = new IncidentApp();
        var (reference, link) = await DraftLinkAsync(app, description: "マイナンバー 1234 5678 9018 を記載した源泉徴収票を別の従業員に誤送付した");

        using var response = await app.CreateClient().GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PpcDraftDocument.ContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var docx = await response.Content.ReadAsByteArrayAsync();
        var errors = ValidationErrors(docx);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var paragraphs = Paragraphs(docx);
        var text = string.Join("\n", paragraphs);
        var items = app.Services.GetRequiredService<IncidentKnowledge>().Plan.ReportItems;
        Assert.Equal(9, items.Count);
        for (var i = 0; i < items.Count; i++) Assert.Contains($"{i + 1}. {items[i].Title.Ja}", paragraphs);
        Assert.Contains(reference, text);
        Assert.Contains(IncidentTexts.Get("Doc_Note", "ja"), paragraphs);
        Assert.Contains("2026-06-01 10:00 (JST)", text); // generated at, Japan time of the fake clock
        Assert.Contains("源泉徴収票を別の従業員に誤送付した", text);
        Assert.DoesNotMatch(TwelveDigits(), text);
        Assert.Contains(IncidentTexts.Get("Card_Masked", "ja"), paragraphs);

        var events = await app.Audit.ReadStreamAsync(IncidentTimers.Stream(reference));
        var downloaded = Assert.Single(events, e => e.Action == PpcDraftDownloadEndpoint.DownloadedAction);
        Assert.Equal(Manager, downloaded.Actor);
    }

    [Fact]
    public async Task EnglishUser_GetsTheDraftInEnglish()
    {
        await using var app = new IncidentApp();
        var (_, link) = await DraftLinkAsync(app, locale: "en-US");

        Assert.Contains("lang=en", link, StringComparison.Ordinal);
        var paragraphs = Paragraphs(await app.CreateClient().GetByteArrayAsync(link));
        var items = app.Services.GetRequiredService<IncidentKnowledge>().Plan.ReportItems;
        for (var i = 0; i < items.Count; i++) Assert.Contains($"{i + 1}. {items[i].Title.En}", paragraphs);
        Assert.Contains(IncidentTexts.Get("Doc_Note", "en"), paragraphs);
    }

    [Theory]
    [InlineData("sig", "AAAA")]
    [InlineData("sig", "")]
    [InlineData("exp", "99999999999")]
    [InlineData("u", Outsider)] // a link handed to someone without rights
    [InlineData("u", Officer)]  // or to someone with rights: links are not transferable
    public async Task TamperedLink_Is403WithAShortText(string parameter, string value)
    {
        await using var app = new IncidentApp();
        var (_, link) = await DraftLinkAsync(app);

        using var response = await app.CreateClient().GetAsync(Tampered(link, parameter, value));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(IncidentTexts.Get("Download_Invalid", "ja"), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ExpiredLink_Is410WithAShortText()
    {
        await using var app = new IncidentApp();
        var (_, link) = await DraftLinkAsync(app);

        app.Time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        using var response = await app.CreateClient().GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal(IncidentTexts.Get("Download_Expired", "ja"), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GenuineLinkForAUserWithoutRights_Is403AndNotAudited()
    {
        await using var app = new IncidentApp();
        var (reference, _) = await DraftLinkAsync(app);
        var links = app.Services.GetRequiredService<SignedLinks>();
        var outsiderLink = await links.ForPpcDraftAsync(reference, Outsider, "en-US", CancellationToken.None);

        using var response = await app.CreateClient().GetAsync(new Uri(outsiderLink.Url).PathAndQuery);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(IncidentTexts.Get("Download_Forbidden", "en"), await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(await app.Audit.ReadStreamAsync(IncidentTimers.Stream(reference)), e => e.Action == PpcDraftDownloadEndpoint.DownloadedAction);
    }

    [Fact]
    public async Task LinkOfAManagerWhoLostTheRole_Is403()
    {
        await using var app = new IncidentApp();
        var (_, link) = await DraftLinkAsync(app);
        app.RewriteOrganization(OrganizationYaml.Replace(
            "{ aadObjectId: aad-manager, name: 人事 責任者, department: hr, roles: [responsible_manager] }",
            "{ aadObjectId: aad-manager, name: 人事 責任者, department: hr, roles: [handler] }", StringComparison.Ordinal));

        using var response = await app.CreateClient().GetAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(IncidentTexts.Get("Download_Forbidden", "ja"), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GenuineLinkForAnUnknownReference_Is404()
    {
        await using var app = new IncidentApp();
        var link = await app.Services.GetRequiredService<SignedLinks>().ForPpcDraftAsync("INC-2026-9999", Officer, null, CancellationToken.None);

        using var response = await app.CreateClient().GetAsync(new Uri(link.Url).PathAndQuery);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(IncidentTexts.Get("Download_NotFound", "ja"), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GarbageRequests_Are4xxNever500()
    {
        await using var app = new IncidentApp();
        var client = app.CreateClient();
        foreach (var path in new[]
        {
            "/files/incidents/INC-2026-0001/ppc-draft.docx",
            "/files/incidents/INC-2026-0001/ppc-draft.docx?u=&exp=abc&sig=",
            "/files/incidents/..%2F..%2Fetc/ppc-draft.docx?u=a&exp=-1&sig=b",
            $"/files/incidents/{new string('x', 300)}/ppc-draft.docx?u=a&exp=1&sig=b",
            "/files/incidents/INC-2026-0001/ppc-draft.docx?u=a%0Ab&exp=1&sig=b",
        })
        {
            using var response = await client.GetAsync(path);
            Assert.InRange((int)response.StatusCode, 400, 499);
        }
    }

    [GeneratedRegex(@"\d(?:[ -]?\d){11}")]
    private static partial Regex TwelveDigits();
}
