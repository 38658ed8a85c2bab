namespace ChatBot.Host.Files;

/// <summary>
/// What file endpoints answer: the file, never cached (it holds personal data and the link is per user), or a short
/// localized text with a 4xx, which a browser shows as is.
/// </summary>
public static class FileResponses
{
    /// <summary>The language of a download's texts and contents: the link says <c>lang=en</c> for users whose Teams is in English.</summary>
    public static string Locale(string? lang) => Domain.UserLanguage.IsEnglish(lang) ? "en" : "ja";

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IResult Text(int status, string text) => Results.Text(text, "text/plain; charset=utf-8", statusCode: status);

    public static IResult File(HttpContext http, byte[] bytes, string contentType, string fileName)
    {
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(bytes, contentType, fileName);
    }

    /// <summary>
    /// 400 for a malformed resource id, 403 for an invalid link, 410 for an expired one, null when the link may be served;
    /// the texts come from the feature.
    /// </summary>
    public static async Task<IResult?> RefuseAsync(SignedLinks links, string purpose, string resourceId, int maxIdLength,
        string? u, string? exp, string? sig, Func<string> invalid, Func<string> expired, CancellationToken ct)
    {
        if (resourceId.Length == 0 || resourceId.Length > maxIdLength) return Text(StatusCodes.Status400BadRequest, invalid());
        return await links.CheckAsync(purpose, resourceId, u, exp, sig, ct) switch
        {
            SignedLinkCheck.Invalid => Text(StatusCodes.Status403Forbidden, invalid()),
            SignedLinkCheck.Expired => Text(StatusCodes.Status410Gone, expired()),
            _ => null,
        };
    }
}
