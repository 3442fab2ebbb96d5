using Microsoft.AspNetCore.Http;

namespace RecoveryBot.DirectLine.Endpoints;

/// <summary>
/// URLs built from the request as the client sees it (after ForwardedHeaders, when trusted proxies are configured):
/// DirectLineJS opens the streamUrl verbatim, so it must be absolute ws/wss (PROTOCOL §4.1, issue #289/#3188).
/// </summary>
public static class RequestUrls
{
    public const string Base = "/v3/directline";

    public static string ServiceUrl(HttpRequest request) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{Base}";

    public static string StreamUrl(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var scheme = string.Equals(request.Scheme, "https", StringComparison.OrdinalIgnoreCase) ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{Base}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is > 0 ? url + "&watermark=" + watermark.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : url;
    }

    /// <summary>Empty or missing = from the beginning (DirectLineJS sends <c>?watermark=</c>, PROTOCOL §4.5).</summary>
    public static bool TryReadWatermark(HttpRequest request, out long watermark)
    {
        var raw = request.Query["watermark"].ToString();
        watermark = 0;
        if (string.IsNullOrEmpty(raw))
            return true;
        return long.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out watermark);
    }
}
