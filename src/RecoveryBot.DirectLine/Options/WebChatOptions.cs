namespace RecoveryBot.DirectLine.Options;

/// <summary>Settings of the hosted chat widget and its anonymous token endpoint (section <c>WebChat</c>).</summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>Anonymous token requests per client address per minute (issue #5 §3).</summary>
    public int TokenRequestsPerMinute { get; set; } = 10;

    /// <summary>Proxy addresses or CIDR networks whose X-Forwarded-For/-Proto/-Host are believed. Empty: none.</summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>Site origins allowed to call the token and Direct Line endpoints cross-origin, and to frame /chat.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    public const string DefaultQuickExitUrl = "https://www.google.com/search?q=weather";

    /// <summary>Where Quick exit goes: a neutral page that does not hint at the chat.</summary>
    public string QuickExitUrl { get; set; } = DefaultQuickExitUrl;

    /// <summary>The Quick exit target the page may use: the configured one if it is an absolute http(s) address,
    /// else the default. A mistyped setting must not turn the escape button into a dead end or a script URL.</summary>
    public string QuickExitTarget() =>
        Uri.TryCreate(QuickExitUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : DefaultQuickExitUrl;

    /// <summary>Direct Line base the widget talks to; empty = this host's /v3/directline. Set it to
    /// https://directline.botframework.com/v3/directline to use Azure's Direct Line (with your own token endpoint).</summary>
    public string? DirectLineDomain { get; set; }

    /// <summary>Token endpoint the widget calls; empty = this host's /api/webchat/token.</summary>
    public string? TokenUrl { get; set; }
}
