namespace ChatBot.Domain.Knowledge;

/// <summary>One entry of <c>sources.yaml</c>: something the content may cite.</summary>
/// <param name="Locator">Where to find it: a URL, a law id or a seed file name.</param>
/// <param name="ShortTitle">What citations show instead of a title too long for them (at most 80 characters).</param>
public sealed record KnowledgeSource(string Id, LocalizedText Title, string? Kind, string? Date, string? Locator, LocalizedText? ShortTitle = null)
{
    /// <summary>The name a citation shows: the short title when there is one, else the full title.</summary>
    public string CitationName(KnowledgeLanguage language) => (ShortTitle ?? Title).Get(language);

    /// <summary>The locator when it is an http(s) URL.</summary>
    public Uri? Url =>
        Locator is not null && Uri.TryCreate(Locator, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;
}
