namespace RecoveryBot.Protocol.Connector;

/// <summary>
/// Builds Connector URLs (PROTOCOL §3.3): the serviceUrl may carry a path and may or may not end with '/', and every
/// id is one percent-encoded path segment because Teams ids contain ':', ';', '@', '='.
/// </summary>
public static class ConnectorRoutes
{
    public static Uri Conversations(string serviceUrl) => Build(serviceUrl, "v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Build(serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities/{Segment(activityId)}");

    public static Uri Members(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Segment(conversationId)}/members");

    private static string Segment(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Uri.EscapeDataString(id);
    }

    private static Uri Build(string serviceUrl, string relative)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("serviceUrl must be an absolute http(s) URL.", nameof(serviceUrl));
        }

        var root = baseUri.GetLeftPart(UriPartial.Path);
        if (!root.EndsWith('/'))
        {
            root += "/";
        }

        return new Uri(root + relative, UriKind.Absolute);
    }
}
