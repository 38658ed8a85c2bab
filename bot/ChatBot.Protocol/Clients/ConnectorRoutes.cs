namespace ChatBot.Protocol.Clients;

/// <summary>
/// Connector URLs under a serviceUrl (which may or may not end in '/'). Ids are escaped: channel
/// conversation ids hold ':', '@' and ';messageid=' that must not be read as URL syntax.
/// </summary>
internal static class ConnectorRoutes
{
    public static Uri Conversations(string serviceUrl) => Build(serviceUrl, "v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");

    public static Uri Member(string serviceUrl, string conversationId, string memberId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}");

    private static string Escape(string id) =>
        string.IsNullOrEmpty(id) ? throw new ArgumentException("An id is empty.", nameof(id)) : Uri.EscapeDataString(id);

    private static Uri Build(string serviceUrl, string relative)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException($"Not an absolute http(s) serviceUrl: '{serviceUrl}'.", nameof(serviceUrl));
        }

        return new Uri(serviceUrl.TrimEnd('/') + "/" + relative, UriKind.Absolute);
    }
}
